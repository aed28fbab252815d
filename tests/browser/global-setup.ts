/** Fails fast, once, with how to get a browser, before any browser test file starts. */
import { chromiumPath } from '../helpers/browser';

export default function setup(): void {
  chromiumPath();
}
