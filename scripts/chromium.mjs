// How every browser test here launches Debian's Chromium (no browser is ever downloaded). Without the
// background-networking flags Chromium keeps trying hosts this closed network refuses.
export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
export const chromiumLaunchOptions = { executablePath: CHROMIUM_EXECUTABLE, headless: true, args: CHROMIUM_ARGS };
