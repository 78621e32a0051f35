// The fields of a JSON body that its schema does not know, at any depth ("sessions.0.hous").
// zod drops unknown fields silently; the API refuses them instead, as it refuses unknown query
// parameters, so that a typo is reported rather than ignored, and a body that is not what the
// client meant ({"junk": ...}) cannot pass as an empty, valid one.
import * as z from "zod";

export function unknownFields(schema: z.ZodType, value: unknown, path: string[] = []): string[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && isPlainObject(value)) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return Object.keys(value).flatMap((key) =>
      Object.hasOwn(shape, key) ? unknownFields(shape[key]!, value[key], [...path, key]) : [[...path, key].join(".")],
    );
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, i) => unknownFields(inner.element as z.ZodType, item, [...path, String(i)]));
  }
  return [];
}

/** The schema under optional, nullable, default and transforms. */
function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
