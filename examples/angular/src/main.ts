// JIT mode: the Angular compiler ships in the bundle and compiles the templates in the browser, so esbuild
// alone builds the app (no @angular/build). An Angular CLI app uses the same component and directive
// unchanged, compiled ahead of time.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '@jrmc/elements/define';
import { AppComponent } from './app.component.js';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
