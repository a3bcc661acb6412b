/**
 * The cross-backend conformance suite (TCK) of jsonbench: what every {@link dev.jsonbench.api.JsonDecoder} must do.
 *
 * <p>{@link dev.jsonbench.conformance.ConformanceSuite} runs every case: its ten groups, one class each over
 * {@link dev.jsonbench.conformance.ConformanceGroup} (fixture, value model, typed binding, RFC 8259, limits, hostile
 * input, properties, generic types, inputs, user types), run as its nested classes. An adapter module runs it by adding this module in test scope and
 * one tiny subclass:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.jsonbench</groupId>
 *   <artifactId>jsonbench-conformance</artifactId>
 *   <version>${project.version}</version>
 *   <scope>test</scope>
 * </dependency>
 *
 * class JacksonConformanceTest extends ConformanceSuite {
 *     @Override
 *     protected JsonDecoder decoder(DecodeLimits limits) {
 *         return JsonDecoders.get("jackson", limits);
 *     }
 * }
 * }</pre>
 *
 * The rules the cases check are written down once, in {@code api/STRICTNESS.md}, which names the group that checks
 * each rule.
 *
 * <p>The other classes here are data and helpers for the suite: {@link dev.jsonbench.conformance.Rfc8259Corpus}
 * (valid and invalid documents, each labelled with the RFC 8259 rule it tests),
 * {@link dev.jsonbench.conformance.RandomJson} (a seeded generator of random values with their JSON text) and the
 * small public records the typed binding cases decode into ({@link dev.jsonbench.conformance.Scalars} and
 * friends). This module's own tests run the suite against a deliberately simple reference decoder
 * ({@code StrictJsonValidator} plus a recursive-descent reader) to prove that the suite's cases agree with the
 * contract.
 */
package dev.jsonbench.conformance;
