import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every sentence a person reads comes from the catalogue, so it exists in every language
 * (issue 13). This reads the pages' and components' source and lists any words written
 * straight into the markup: text between tags, and the attributes a person or a screen reader
 * meets (aria-label, title, placeholder, alt, label).
 */
const ROOTS = ['components', 'entrypoints', 'site'];
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
// Words are letters; what is left ("·", "–", "→", "%", digits) reads the same in every language.
// A URL's start ("https://") is not a sentence either.
const WORDS = { test: (text: string) => /\p{L}{2,}/u.test(text.replace(/\b[a-z]+:\/\/\S*/g, '')) };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

function strays(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && WORDS.test(node.initializer.text)) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no sentence outside the catalogue', () => {
  const files = ROOTS.flatMap(sources);

  it('reads the pages and components', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('finds no words written straight into the markup', () => {
    expect(files.flatMap(strays)).toEqual([]);
  });

  it('would find one', () => {
    const path = join('tests', 'unit', 'catalogue', 'fixtures', 'stray.tsx');
    expect(strays(path)).toEqual([`${path}:3 text "Save changes"`, `${path}:4 aria-label="Close"`]);
  });
});
