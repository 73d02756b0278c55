export type { BodyItem, Expr, HclFile, ObjectEntry, TemplatePart } from './ast';
export type { RawExpr } from './build';
export type { EscapeOptions } from './escape';
export {
  attr,
  blank,
  block,
  bool,
  call,
  comment,
  file,
  list,
  nul,
  num,
  obj,
  optionalAttr,
  raw,
  str,
  tpl,
} from './build';
export { escapeStringContent, isBareKey, quoteKey, quoteLabel, quoteString } from './escape';
export { renderExpr, renderFile } from './layout';
