/**
 * Before any browser test file starts, once: finds a Chromium or installs one (`ensureChromium`),
 * and hands its path to the test workers, or fails fast saying how to get one.
 */
import { ensureChromium } from '../helpers/browser';

export default function setup(): void {
  process.env.CHROMIUM_PATH = ensureChromium();
}
