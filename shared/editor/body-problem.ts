import { AppError } from '../errors';

/** The one error a refused body produces: BAD_REQUEST on the `body` field. */
export function bodyError(userMessage: string, at?: string, cause?: unknown): AppError {
  return new AppError('BAD_REQUEST', {
    message: at ? `Invalid story body at ${at}: ${userMessage}` : `Invalid story body: ${userMessage}`,
    userMessage,
    fields: [{ path: 'body', message: userMessage }],
    details: at ? { at } : undefined,
    cause,
  });
}
