/**
 * jsonbench's decoder API: {@link dev.jsonbench.api.JsonDecoders} finds the backends, {@link dev.jsonbench.api.JsonDecoder}
 * decodes. It knows no backend; each adapter module provides one {@link dev.jsonbench.api.spi.JsonDecoderProvider}
 * ({@code provides} on the module path, {@code META-INF/services} on the classpath).
 *
 * <p>On the module path, typed decoding binds records through their public constructors: the package of every record
 * it binds must be exported.
 */
module dev.jsonbench.api {
    exports dev.jsonbench.api;
    exports dev.jsonbench.api.spi;
    /* For adapter authors. */
    exports dev.jsonbench.api.support;

    uses dev.jsonbench.api.spi.JsonDecoderProvider;

    /* The validator's vector pass, used only when the module is present (see StrictJsonValidator). */
    requires static jdk.incubator.vector;
}
