/**
 * Storybook controls and rendering built from `custom-elements.json`, which is built from the
 * elements' JSDoc headers: a story never copies the list of attributes, so the controls and the
 * docs tables cannot drift from the code.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { GROUP_BYS } from '../src/layout/lanes.js';
import { FORMATS, MODES, STATUSES } from '../src/model/types.js';

interface ManifestAttribute {
  readonly name: string;
  readonly description?: string;
  readonly default?: string;
  readonly type?: { readonly text: string };
  readonly fieldName?: string;
}
interface ManifestMember {
  readonly kind: string;
  readonly name: string;
  readonly attribute?: string;
  readonly description?: string;
  readonly static?: boolean;
  readonly privacy?: string;
  readonly readonly?: boolean;
  readonly parameters?: readonly { readonly name: string; readonly type?: { readonly text: string } }[];
  readonly return?: { readonly type?: { readonly text: string } };
}
interface ManifestElement {
  readonly tagName?: string;
  readonly events?: readonly { readonly name: string }[];
  readonly cssProperties?: readonly { readonly name: string }[];
  readonly cssParts?: readonly { readonly name: string }[];
  readonly attributes?: readonly ManifestAttribute[];
  readonly members?: readonly ManifestMember[];
}

/** The values of the named types the manifest writes for attributes, taken from the constants the code checks against. */
const NAMED_TYPES: Record<string, readonly string[]> = { GroupBy: GROUP_BYS, Format: FORMATS, Mode: MODES, Status: STATUSES };

function elementOf(tag: string): ManifestElement {
  const modules = (manifest as { modules: { declarations?: ManifestElement[] }[] }).modules;
  const element = modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
  if (!element) throw new Error(`custom-elements.json has no <${tag}>`);
  return element;
}

/** The element's attributes, as the manifest documents them. */
export function attributesOf(tag: string): readonly ManifestAttribute[] {
  return elementOf(tag).attributes ?? [];
}

/** The choices of an attribute whose type is a union of strings or a named type, else undefined. */
function choices(type: string): readonly string[] | undefined {
  const bare = type.replace(/\s*\|\s*undefined/g, '').trim();
  if (NAMED_TYPES[bare]) return NAMED_TYPES[bare];
  const literals = bare.split('|').map((part) => part.trim());
  return literals.every((part) => /^'[^']*'$/.test(part)) ? literals.map((part) => part.slice(1, -1)) : undefined;
}

/**
 * Controls for every attribute of `tag` (boolean, number, a choice, or text), with the manifest's
 * description and default; properties that mirror an attribute are hidden so each setting has
 * one control.
 */
export function argTypesFor(tag: string): Partial<ArgTypes> {
  const argTypes: Partial<ArgTypes> = {};
  for (const attribute of attributesOf(tag)) {
    const type = attribute.type?.text ?? 'string';
    const options = choices(type);
    const control = type === 'boolean' ? { type: 'boolean' as const } : /^number\b/.test(type) ? { type: 'number' as const } : options ? { type: 'select' as const } : { type: 'text' as const };
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      control,
      ...(options ? { options: ['', ...options] } : {}),
      table: { category: 'attributes', type: { summary: type }, ...(attribute.default ? { defaultValue: { summary: attribute.default } } : {}) },
    };
  }
  const element = elementOf(tag);
  for (const member of element.members ?? []) {
    if (member.kind === 'field' && member.attribute && member.attribute !== member.name) argTypes[member.name] = { table: { disable: true } };
    if (member.kind === 'field' && member.readonly) argTypes[member.name] = { control: false, table: { category: 'properties' } };
    if (member.kind === 'method' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected') {
      const signature = `${member.name}(${(member.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`).join(', ')})`;
      argTypes[`method:${member.name}`] = {
        name: `${member.name}()`,
        description: member.description,
        control: false,
        table: { category: 'methods', type: { summary: `${signature}: ${member.return?.type?.text ?? 'void'}` } },
      };
    }
  }
  // Events, parts and custom properties are documented in the tables; they have no control.
  for (const event of element.events ?? []) argTypes[event.name] = { control: false, table: { category: 'events' } };
  for (const property of element.cssProperties ?? []) argTypes[property.name] = { control: false, table: { category: 'css custom properties' } };
  for (const part of element.cssParts ?? []) if (!argTypes[part.name]) argTypes[part.name] = { control: false, table: { category: 'css shadow parts' } };
  return argTypes;
}

/** Args that set an element's attributes, and those that set the page around it. */
export type ElementArgs = Record<string, string | number | boolean | undefined>;

/**
 * Creates `<tag>` with every attribute the args give (booleans as present or absent; empty text
 * leaves the attribute out), so that every control of the story takes effect.
 */
export function elementFromArgs(tag: string, args: ElementArgs): HTMLElement {
  const element = document.createElement(tag);
  for (const attribute of attributesOf(tag)) {
    const value = args[attribute.name];
    if (value === undefined || value === '' || value === false || value === null) continue;
    element.setAttribute(attribute.name, value === true ? '' : String(value));
  }
  return element;
}

/** Controls for the page around the element: its width, theme, language and direction. */
export const PAGE_ARG_TYPES: Partial<ArgTypes> = {
  width: { description: 'Width of the page column around the element (CSS length).', control: { type: 'text' }, table: { category: 'page' } },
  scheme: { description: 'The theme the page asks for with --sitrep-color-scheme.', control: { type: 'inline-radio' }, options: ['light', 'dark'], table: { category: 'page' } },
  lang: { description: 'The language of the page around the element.', control: { type: 'text' }, table: { category: 'page' } },
  dir: { description: 'The direction of the page around the element.', control: { type: 'inline-radio' }, options: ['ltr', 'rtl'], table: { category: 'page' } },
};
