/**
 * The service provider interface: what a backend implements to be found by
 * {@link dev.jsonbench.api.JsonDecoders}. The toolkit adapters build on is {@link dev.jsonbench.api.support}.
 */
package dev.jsonbench.api.spi;
