// The page of scripts/drive/builder.mjs: a provider and a letter builder, theme and size chosen by the URL.
import '@jrmc/elements/jrmc-provider';
import '@jrmc/elements/jrmc-letter-builder';

const theme = new URLSearchParams(location.search).get('theme') ?? 'light';
const provider = document.createElement('jrmc-provider');
provider.setAttribute('base-url', `${location.origin}/api`);
provider.setAttribute('session-url', '/drive/session');
provider.setAttribute('theme', theme);
provider.append(document.createElement('jrmc-letter-builder'));
document.body.style.background = theme === 'dark' ? '#111' : '#fff';
document.body.append(provider);
