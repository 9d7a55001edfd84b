package hep.capsule.internal.interpreter.model;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.function.LongConsumer;

/** Small helpers over protobuf's wire format shared by the message readers. */
final class Wire {
    private Wire() {}

    /** A reader for one embedded message (a length-delimited field already tagged). */
    static CodedInputStream embedded(CodedInputStream in) throws IOException {
        return CodedInputStream.newInstance(in.readByteArray());
    }

    /** Reads a repeated varint field, packed (wire type 2) or not. */
    static void varints(CodedInputStream in, int tag, LongConsumer sink) throws IOException {
        if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            CodedInputStream packed = embedded(in);
            while (!packed.isAtEnd()) {
                sink.accept(packed.readInt64());
            }
        } else {
            sink.accept(in.readInt64());
        }
    }

    /** Reads a repeated fixed-width field (float: 4 bytes, double: 8), packed or not, as raw bits. */
    static void fixed(CodedInputStream in, int tag, boolean wide, LongConsumer sink) throws IOException {
        if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            CodedInputStream packed = embedded(in);
            while (!packed.isAtEnd()) {
                sink.accept(wide ? packed.readRawLittleEndian64() : packed.readRawLittleEndian32());
            }
        } else {
            sink.accept(wide ? in.readRawLittleEndian64() : in.readRawLittleEndian32());
        }
    }
}
