/** Placeholder until the translation lands: English. */
import { english, type Dictionary } from '../strings.js';

const dictionary: Dictionary = (t) => english(t);
export default dictionary;
