/** A feed that cannot be read at all (not an object, wrong version, …). */
export class FeedFormatError extends Error {
  constructor(
    message: string,
    /** Machine-readable reason. */
    readonly reason: 'not-object' | 'version' | 'structure',
  ) {
    super(message);
    this.name = 'FeedFormatError';
  }
}
