/** Commands throw ExitError; only main.ts calls process.exit. */
export class ExitError extends Error {
  constructor(
    readonly exitCode: 0 | 1 | 2 | 130,
    message = "",
  ) {
    super(message);
  }
}
