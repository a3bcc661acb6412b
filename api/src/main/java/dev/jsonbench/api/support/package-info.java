/**
 * The toolkit adapter authors build a backend with; users of jsonbench never need it (they use
 * {@link dev.jsonbench.api}). It is not part of the provider contract ({@link dev.jsonbench.api.spi}): an adapter may
 * use any of it or none.
 *
 * <ul>
 *   <li>strictness: {@link dev.jsonbench.api.support.StrictJsonValidator} (RFC 8259 and every
 *       {@link dev.jsonbench.api.DecodeLimits} setting, for backends that are lenient; a vector pass where the JVM has
 *       the incubating Vector API, the scalar pass elsewhere), {@link dev.jsonbench.api.support.Utf8};</li>
 *   <li>the value model: {@link dev.jsonbench.api.support.JsonNumbers}, {@link dev.jsonbench.api.support.JsonStrings};</li>
 *   <li>typed binding: {@link dev.jsonbench.api.support.TypeShape} (a type analysed once), the
 *       {@link dev.jsonbench.api.support.BindingPlan} compiled from it for adapters that walk their backend's tokens,
 *       {@link dev.jsonbench.api.support.BoundTypedDecoder}, {@link dev.jsonbench.api.support.ArgumentFrames} (record
 *       arguments without boxing), and the shared error wording
 *       {@link dev.jsonbench.api.support.DecodeErrors};</li>
 *   <li>per-thread state: {@link dev.jsonbench.api.support.ThreadStates};</li>
 *   <li>reporting: {@link dev.jsonbench.api.support.LibraryVersion}.</li>
 * </ul>
 *
 * The rules all of this enforces are written down once, in {@code api/STRICTNESS.md}.
 */
package dev.jsonbench.api.support;
