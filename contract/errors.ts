// Error bodies: FastAPI's 422 (documented) and ElevenLabs' `{detail:{status,message}}` for the rest.
import { z } from 'zod';

export const validationErrorItemSchema = z.object({
  loc: z.array(z.union([z.string(), z.number().int()])),
  msg: z.string(),
  type: z.string(),
});
export type ValidationErrorItem = z.output<typeof validationErrorItemSchema>;

export const httpValidationErrorSchema = z.object({
  detail: z.array(validationErrorItemSchema).optional(),
});
export type HttpValidationError = z.output<typeof httpValidationErrorSchema>;

export const apiErrorBodySchema = z.object({
  detail: z.object({ status: z.string(), message: z.string() }),
});
export type ApiErrorBody = z.output<typeof apiErrorBodySchema>;
