/**
 * Structural check of a catalog against catalog/schema.json (ajv), with each ajv error turned
 * into a plain-language CatalogError. The validator is ajv's code for the schema, generated ahead of time
 * (scripts/generate-schema-validator.js): compiling at run time needs eval, which the pane's
 * Content-Security-Policy forbids.
 */
import type { ErrorObject } from 'ajv';
import schema from '../../catalog/schema.json';
import { describeLocation, isRecord, pointerSegments, sentence, toPointer, type CatalogError } from './errors';
import validate from './schema-validator.generated';

/** Beyond this many errors the file is clearly not a catalog; more lines would only bury the first ones. */
export const MAX_REPORTED_ERRORS = 50;

type SchemaNode = Record<string, unknown>;

export function checkSchema(data: unknown, file: string): CatalogError[] {
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).map((e) => toCatalogError(data, e, file));
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const hidden = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { file, pointer: '', message: `${hidden} more problems not listed; fix the ones above first.` },
  ];
}

function toCatalogError(data: unknown, e: ErrorObject, file: string): CatalogError {
  const params = e.params as Record<string, unknown>;
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  let pointer = e.instancePath;
  // A missing or unknown field is described from the object holding it, though the pointer names the field.
  const location = describeLocation(data, pointer);
  let problem: string;
  switch (e.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      pointer = childPointer(pointer, field);
      const expected = expectation(propertySchema(parent, field));
      problem = `the required field "${field}" is missing (expected ${expected})`;
      break;
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      pointer = childPointer(pointer, field);
      const allowed = Object.keys((parent.properties as SchemaNode | undefined) ?? {});
      problem = `unknown field "${field}"; expected only: ${allowed.join(', ')}`;
      break;
    }
    case 'type':
      problem = `expected ${expectation(parent)}, found ${describeValue(e.data)}`;
      break;
    case 'enum':
      problem = `${describeValue(e.data)} is not allowed; expected one of: ${(params.allowedValues as unknown[]).map(quote).join(', ')}`;
      break;
    case 'const':
      problem = `${describeValue(e.data)} is not supported; expected ${quote(params.allowedValue)}`;
      break;
    case 'pattern':
      problem = `${describeValue(e.data)} is not valid; expected ${parent.description ?? `text matching ${String(params.pattern)}`}`;
      break;
    case 'minItems':
      problem = `the list is empty; expected at least ${String(params.limit)} item(s)`;
      break;
    case 'minProperties':
      problem = `no entries; expected at least ${String(params.limit)} entry keyed by level id`;
      break;
    case 'minLength':
      problem = 'the text is empty; expected some text';
      break;
    case 'maxLength':
      problem = `the text is too long (${(e.data as string).length} characters); expected at most ${String(params.limit)}`;
      break;
    default:
      problem = e.message ?? 'does not match the catalog format';
  }
  return {
    file,
    pointer,
    message: sentence(pointer === e.instancePath ? describeLocation(data, pointer) : location, problem),
  };
}

function childPointer(pointer: string, field: string): string {
  return toPointer([...pointerSegments(pointer), field]);
}

function propertySchema(parent: SchemaNode, field: string): SchemaNode {
  const properties = parent.properties as Record<string, SchemaNode> | undefined;
  return properties?.[field] ?? {};
}

/** Follows "#/definitions/x" references inside our own schema (the only kind it uses). */
function resolve(node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return node;
  const definitions = (schema as unknown as { definitions: Record<string, SchemaNode> }).definitions;
  return resolve(definitions[ref.slice('#/definitions/'.length)] ?? {});
}

/** What a schema node asks for, in words: "text", "a list", "one of: ...". */
function expectation(node: SchemaNode): string {
  const s = resolve(node);
  if (Array.isArray(s.enum)) return `one of: ${s.enum.map(quote).join(', ')}`;
  if ('const' in s) return quote(s.const);
  if (typeof s.description === 'string' && s.type === 'string') return `text: ${s.description}`;
  switch (s.type) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'number':
    case 'integer':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'a value';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'an object';
  if (typeof value === 'string') return `the text ${quote(value.length > 60 ? value.slice(0, 57) + '...' : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

function quote(value: unknown): string {
  return JSON.stringify(value);
}
