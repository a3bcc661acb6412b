/** The Jackson backend, {@code JsonDecoders.get("jackson")}. It exports nothing: it is used through the API only. */
module dev.jsonbench.adapters.jackson {
    requires dev.jsonbench.api;
    requires com.fasterxml.jackson.databind;

    provides dev.jsonbench.api.spi.JsonDecoderProvider with dev.jsonbench.adapters.jackson.JacksonProvider;
}
