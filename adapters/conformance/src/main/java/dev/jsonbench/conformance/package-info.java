/**
 * The cross-backend conformance suite (TCK) of jsonbench: what every {@link dev.jsonbench.api.JsonDecoder} must do.
 *
 * <p>One abstract JUnit 5 class, {@link dev.jsonbench.conformance.ConformanceSuite}, holds every case. An adapter
 * module runs it by adding this module in test scope and one tiny subclass:
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
 * Run one group of cases with e.g. {@code mvn test -Dtest='JacksonConformanceTest#rfc8259_*'}; the groups are
 * {@code fixture_}, {@code valueModel_}, {@code typed_}, {@code rfc8259_}, {@code limits_}, {@code hostile_} and
 * {@code property_}. The policies for what RFC 8259 leaves to implementations are written down in
 * {@link dev.jsonbench.conformance.ConformanceSuite}'s Javadoc.
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
