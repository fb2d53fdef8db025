import { join } from 'node:path'
import ts from 'typescript'
import { repoRoot } from '../../helpers/shared-data.js'

/**
 * Every field logward writes, as dotted ECS paths, read from the `LogRecord` type in src/core/record.ts
 * with the TypeScript compiler (so a field added to or removed from the record is seen here without a
 * second list to keep). A string-keyed map such as `labels` becomes `labels.*`.
 */
export function logwardFields(): Set<string> {
  const file = join(repoRoot, 'src', 'core', 'record.ts')
  const program = ts.createProgram([file], { strict: true, noEmit: true })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)!
  const moduleSymbol = checker.getSymbolAtLocation(source)!
  const record = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'LogRecord')!
  const fields = new Set<string>()
  const walk = (type: ts.Type, prefix: string): void => {
    const nonNull = checker.getNonNullableType(type)
    const isObject = (nonNull.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(nonNull)
    if (!isObject) {
      fields.add(prefix)
      return
    }
    if (checker.getIndexInfoOfType(nonNull, ts.IndexKind.String)) fields.add(`${prefix}.*`)
    for (const property of checker.getPropertiesOfType(nonNull))
      walk(
        checker.getTypeOfSymbolAtLocation(property, source),
        prefix ? `${prefix}.${property.name}` : property.name,
      )
  }
  walk(checker.getDeclaredTypeOfSymbol(record), '')
  return fields
}

/** Whether `field` is one logward writes (`labels.team` matches `labels.*`). */
export function isLogwardField(fields: Set<string>, field: string): boolean {
  if (fields.has(field)) return true
  const dot = field.lastIndexOf('.')
  return dot > 0 && fields.has(`${field.slice(0, dot)}.*`)
}

/**
 * Field names in a KQL or Lucene query: the word before `:`, a comparison, or after `_exists_:`. Values in
 * quotes are dropped first so that `message:"a: b"` yields `message` only.
 */
export function queryFields(query: string): string[] {
  const unquoted = query.replace(/"(?:[^"\\]|\\.)*"/g, '""')
  const fields: string[] = []
  for (const m of unquoted.matchAll(/_exists_:([\w.@]+)/g)) fields.push(m[1]!)
  for (const m of unquoted
    .replace(/_exists_:[\w.@]+/g, '')
    .matchAll(/([A-Za-z_@][\w.@]*)\s*(?::|>=|<=|>|<)/g))
    fields.push(m[1]!)
  return fields
}
