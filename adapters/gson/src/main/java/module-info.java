/** The Gson backend, {@code JsonDecoders.get("gson")}. It exports nothing: it is used through the API only. */
module dev.jsonbench.adapters.gson {
    requires dev.jsonbench.api;
    requires com.google.gson;

    provides dev.jsonbench.api.spi.JsonDecoderProvider with dev.jsonbench.adapters.gson.GsonProvider;
}
