#!/usr/bin/env node
/**
 * The manifest is the API documentation (Storybook's docs pages and controls are built from it),
 * so every public attribute, property, method, event, slot, part and custom property of each
 * element must have a description. Lists what lacks one, and fails when anything does.
 *
 *   node scripts/check-manifest.mjs [custom-elements.json]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The kinds of API item checked, by their manifest key. */
const KINDS = { attributes: 'attribute', members: 'member', events: 'event', slots: 'slot', cssParts: 'part', cssProperties: 'custom property' };

/** What lacks a description in the manifest's custom elements, as "<tag> attribute src" lines. */
export function manifestProblems(manifest) {
  const problems = [];
  const elements = (manifest.modules ?? []).flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  if (elements.length === 0) problems.push('the manifest declares no custom element');
  for (const element of elements) {
    const tag = element.tagName ?? element.name;
    if (!element.description?.trim() && !element.summary?.trim()) problems.push(`<${tag}> has no description`);
    for (const [key, kind] of Object.entries(KINDS)) {
      for (const item of element[key] ?? []) {
        if (key === 'members' && (item.privacy === 'private' || item.privacy === 'protected' || item.static)) continue;
        if (!item.name) problems.push(`<${tag}> has an ${kind} without a name`);
        else if (!item.description?.trim()) problems.push(`<${tag}> ${kind} ${item.name} has no description`);
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'custom-elements.json';
  const problems = manifestProblems(JSON.parse(readFileSync(file, 'utf8')));
  if (problems.length) {
    console.error(`check-manifest: ${problems.length} without a description in ${file}:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check-manifest: every public API item of the elements in ${file} is described`);
}
