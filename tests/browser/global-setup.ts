/** Installs Debian's Chromium once before any test file runs, when a fresh machine lacks it. */
import { ensureChromium } from '../helpers/browser';

export default function setup(): void {
  ensureChromium();
}
