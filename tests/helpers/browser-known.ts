/**
 * Known findings of the browser tests in parts of the tool that other people own, each with where it comes from
 * and the fix. The browser tests fail on every other finding — and also when a known one no longer occurs, so
 * that this list only ever shrinks. Remove an entry as soon as its fix lands.
 */
import type { AxeFinding } from './browser-sweep.ts';

export interface KnownAxe {
  why: string;
  matches(f: AxeFinding, page: string): boolean;
}

export interface KnownHtml {
  why: string;
  matches(message: string, page: string): boolean;
}

export const KNOWN_AXE: KnownAxe[] = [];

export const KNOWN_HTML: KnownHtml[] = [];
