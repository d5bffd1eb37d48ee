/**
 * The names of the private members of Sitrep's classes that the self-contained bundle may rename
 * to short ones (terser's property mangling, as Lit's own builds do for Lit's internals).
 *
 * A name qualifies only when nothing outside a `private` declaration can be using it:
 * - every declaration of every property that goes by that name in `src/` is a `private` member
 *   (TypeScript's checker resolves each access, key, binding and declaration), so no data field,
 *   public property, dictionary key or interface member shares it;
 * - it is not decorated (Lit's decorators name their property in a string) and never appears in
 *   a string or template text (`changed.has('…')`, a `.prop=${…}` binding in a template);
 * - the code of the libraries bundled beside it never uses it as a property (checked by the
 *   build on the modules it actually bundles, see `usedOutside`).
 * Names of built-in DOM and JavaScript properties are never renamed: terser keeps them itself.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const isPrivate = (node) =>
  (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) &&
  (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword);

/** The name node of a node that names a property (a declaration, an access, a key, a binding), if any. */
function propertyName(node) {
  if (ts.isPropertyAccessExpression(node)) return node.name;
  if (ts.isBindingElement(node)) return node.propertyName ?? (ts.isObjectBindingPattern(node.parent) ? node.name : undefined);
  if (
    ts.isPropertyAssignment(node) ||
    ts.isShorthandPropertyAssignment(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isGetAccessor(node) ||
    ts.isSetAccessor(node) ||
    ts.isPropertySignature(node) ||
    ts.isMethodSignature(node)
  )
    return node.name;
  return undefined;
}

/** The private member names of the classes in `src/` that no other property, string or template shares. */
export function privateMembers() {
  const files = execFileSync('git', ['ls-files', 'src/*.ts'], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((file) => join(root, file));
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const candidates = new Set();
  const excluded = new Set();
  const inSource = (file) => file.fileName.startsWith(join(root, 'src') + '/');
  for (const file of program.getSourceFiles()) {
    if (!inSource(file)) continue;
    const visit = (node) => {
      if (isPrivate(node) && ts.isIdentifier(node.name)) {
        candidates.add(node.name.text);
        if ((ts.getDecorators(node) ?? []).length > 0) excluded.add(node.name.text);
      }
      if (ts.isStringLiteralLike(node)) excluded.add(node.text);
      if (ts.isTemplateExpression(node)) for (const part of [node.head, ...node.templateSpans.map((span) => span.literal)]) for (const word of part.text.match(/[\w$]+/g) ?? []) excluded.add(word);
      if (ts.isNoSubstitutionTemplateLiteral(node)) for (const word of node.text.match(/[\w$]+/g) ?? []) excluded.add(word);
      const name = propertyName(node);
      if (name && ts.isIdentifier(name)) {
        const declarations = checker.getSymbolAtLocation(name)?.declarations ?? [];
        if (declarations.length === 0 || !declarations.every(isPrivate)) excluded.add(name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  // Names with a `$` are left alone too: they would need escaping in the patterns that use them.
  return [...candidates].filter((name) => !excluded.has(name) && /^[A-Za-z_]\w*$/.test(name)).sort();
}

/** Whether `code` (a bundled library's module) uses `name` as a property: `.name`, `name:`, `{ name }` or `"name"`. */
export function usedOutside(code, name) {
  return new RegExp(`[.]${name}\\b|\\b${name}\\s*[:(]|[{,]\\s*${name}\\s*[,}]|["'\`]${name}["'\`]`).test(code);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = privateMembers();
  console.log(`${names.length} private members may be renamed:\n${names.join(' ')}`);
}
