import { parseDocument } from 'yaml';

/**
 * The same file, saying it takes effect on `day` ("YYYY-MM-DD"): only that value changes, and the
 * file's comments and layout stay as the council wrote them. Pure.
 */
export function withTakesEffect(text: string, day: string): string {
  const doc = parseDocument(text);
  if (doc.getIn(['council', 'takesEffect']) === day) return text;
  doc.setIn(['council', 'takesEffect'], day);
  return doc.toString();
}
