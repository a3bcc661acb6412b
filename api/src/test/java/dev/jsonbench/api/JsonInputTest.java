package dev.jsonbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The inputs besides byte[] reach the byte[] decode as the bytes they hold, with the limits checked on the way. */
class JsonInputTest {

    /** A decoder that decodes nothing: it keeps the range it was given, to show what the default methods pass on. */
    static final class RangeRecorder implements JsonDecoder {
        private final DecodeLimits limits;
        byte[] array;
        int offset;
        int length;

        RangeRecorder(int maxDocumentBytes) {
            this.limits = DecodeLimits.builder().maxDocumentBytes(maxDocumentBytes).build();
        }

        byte[] bytes() {
            return Arrays.copyOfRange(array, offset, offset + length);
        }

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public String library() {
            return "none";
        }

        @Override
        public String backendVersion() {
            return "none";
        }

        @Override
        public String configuration() {
            return "records the byte range of each decode";
        }

        @Override
        public DecodeLimits limits() {
            return limits;
        }

        @Override
        public <T> TypedDecoder<T> forType(Type type) {
            throw new UnsupportedOperationException("the recorder decodes trees only");
        }

        @Override
        public Object decodeTree(byte[] json, int offset, int length) {
            this.array = json;
            this.offset = offset;
            this.length = length;
            return length;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aHeapBufferIsDecodedInPlace() {
        byte[] backing = utf8("xx[1,2]yy");
        ByteBuffer buffer = ByteBuffer.wrap(backing).slice(1, 7).position(1).limit(6);
        RangeRecorder recorder = new RangeRecorder(100);
        recorder.decodeTree(buffer);
        assertThat(recorder.array).as("the buffer's own array, no copy").isSameAs(backing);
        assertThat(recorder.offset).isEqualTo(2);
        assertThat(recorder.bytes()).isEqualTo(utf8("[1,2]"));
        assertThat(buffer.position()).isEqualTo(1);
        assertThat(buffer.limit()).isEqualTo(6);
    }

    @Test
    void aDirectBufferIsCopiedOnceWithinTheLimit() {
        ByteBuffer direct = ByteBuffer.allocateDirect(10).put(utf8("ab[1,2]c")).position(2).limit(7);
        RangeRecorder recorder = new RangeRecorder(5);
        recorder.decodeTree(direct);
        assertThat(recorder.bytes()).isEqualTo(utf8("[1,2]"));
        assertThat(direct.position()).isEqualTo(2);
        JsonDecodeException e = rejected(() -> new RangeRecorder(4).decodeTree(direct));
        assertThat(e.backend()).isEqualTo("recorder");
        assertThat(e.offset()).isZero();
        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxDocumentBytes", 4));
    }

    @Test
    void aStreamIsReadToItsEndWithoutATrimmingCopy() {
        byte[] json = utf8("[" + "1,".repeat(10_000) + "1]");
        RangeRecorder recorder = new RangeRecorder(1 << 20);
        recorder.decodeTree(new ByteArrayInputStream(json));
        assertThat(recorder.offset).isZero();
        assertThat(recorder.bytes()).isEqualTo(json);
        RangeRecorder exact = new RangeRecorder(json.length);
        exact.decodeTree(new ByteArrayInputStream(json));
        assertThat(exact.bytes()).as("a stream of exactly maxDocumentBytes").isEqualTo(json);
    }

    @Test
    void aStreamPastTheLimitIsReadOneBytePastIt() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }
        };
        JsonDecodeException e = rejected(() -> new RangeRecorder(100_000).decodeTree(endless));
        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxDocumentBytes", 100_000));
        assertThat(read[0]).isEqualTo(100_001L);
    }

    @Test
    void aStringIsItsUtf8Encoding() {
        RangeRecorder recorder = new RangeRecorder(100);
        String json = "[\"é€😀\"]";
        recorder.decodeTree(json);
        assertThat(recorder.bytes()).isEqualTo(utf8(json));
    }

    @Test
    void anUnpairedSurrogateIsEncodedAsItsCodePointWhichIsInvalidUtf8() {
        RangeRecorder recorder = new RangeRecorder(100);
        recorder.decodeTree("\"a\uD800b\uDFFF\uD83D\uDE00\"");
        assertThat(recorder.bytes()).isEqualTo(new byte[] {'"', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b',
            (byte) 0xED, (byte) 0xBF, (byte) 0xBF, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '"'});
        assertThat(JsonInput.firstUnpairedSurrogate("a\uD83D\uDE00b")).isEqualTo(-1);
        assertThat(JsonInput.firstUnpairedSurrogate("ab\uD83D")).isEqualTo(2);
        assertThat(JsonInput.firstUnpairedSurrogate("\uDE00\uD83D")).isZero();
    }

    @Test
    void aStringIsMeasuredInUtf8Bytes() {
        // 10 surrogate pairs (40 bytes) and one lone surrogate (3 bytes) and two quotes: 45 bytes in 23 chars.
        String json = "\"" + "\uD83D\uDE00".repeat(10) + "\uD800\"";
        RangeRecorder atLimit = new RangeRecorder(45);
        atLimit.decodeTree(json);
        assertThat(atLimit.length).isEqualTo(45);
        JsonDecodeException e = rejected(() -> new RangeRecorder(44).decodeTree(json));
        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxDocumentBytes", 44));
        JsonDecodeException tooManyChars = rejected(() -> new RangeRecorder(3).decodeTree("[1, 2]"));
        assertThat(tooManyChars.offset()).isZero();
    }

    private static JsonDecodeException rejected(Runnable decode) {
        return assertThatExceptionOfType(JsonDecodeException.class).isThrownBy(decode::run).actual();
    }
}
