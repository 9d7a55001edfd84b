package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder.Message;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ways other than external data for a model to name a file, a library or an address (issue 15, docs/SECURITY.md): each
 * is refused, and nothing of the named file is read.
 */
class FileReferencesTest {
    private static final String SECRET = "TOPSECRET-KEY-42";

    @TempDir
    Path temp;

    @Test
    void aTmvaFileCannotIncludeOrReferenceAnotherFile() throws Exception {
        Path secret = temp.resolve("secret.xml");
        Files.writeString(secret, "<Weights>" + SECRET + "</Weights>", StandardCharsets.US_ASCII);
        String xinclude =
                "<?xml version=\"1.0\"?><MethodSetup Method=\"BDT::x\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                        + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></MethodSetup>";
        String externalDtd = "<?xml version=\"1.0\"?><!DOCTYPE MethodSetup SYSTEM \"" + secret.toUri()
                + "\"><MethodSetup Method=\"BDT::x\"/>";
        for (String xml : List.of(xinclude, externalDtd)) {
            ModelExecutionException e = assertThrows(
                    ModelExecutionException.class,
                    () -> TmvaBdtRunner.load(xml.getBytes(StandardCharsets.UTF_8), "bdt.weights.xml"));
            assertTrue(e.getMessage().startsWith("bdt.weights.xml: "), e.getMessage());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
    }

    /**
     * An EPContext node names a compiled-model file; only execution providers other than the CPU's read it, and none is
     * ever added.
     */
    @Test
    void onnxruntimeRunsNoEpContextNodeAndNoOperatorFromALibrary() {
        byte[] epContext = withOpset(
                new OnnxModelBuilder(13)
                        .input("x", OnnxModelBuilder.FLOAT, -1, 2)
                        .output("y", OnnxModelBuilder.FLOAT)
                        .node(
                                "EPContext",
                                "com.microsoft",
                                List.of("x"),
                                List.of("y"),
                                OnnxModelBuilder.attrString("ep_cache_context", "ctx.bin"),
                                OnnxModelBuilder.attrInt("embed_mode", 0),
                                OnnxModelBuilder.attrInt("main_context", 1))
                        .build(),
                "com.microsoft");
        byte[] custom = withOpset(
                new OnnxModelBuilder(13)
                        .input("x", OnnxModelBuilder.FLOAT, -1, 2)
                        .output("y", OnnxModelBuilder.FLOAT)
                        .node(
                                "ReadFile",
                                "ai.capsule.hostile",
                                List.of("x"),
                                List.of("y"),
                                OnnxModelBuilder.attrString("path", "/etc/passwd"))
                        .build(),
                "ai.capsule.hostile");
        for (byte[] model : List.of(epContext, custom)) {
            ModelExecutionException e =
                    assertThrows(ModelExecutionException.class, () -> OnnxRuntimeRunner.load(model, "m.onnx"));
            assertTrue(e.getMessage().startsWith("m.onnx: onnxruntime cannot load the model"), e.getMessage());
        }
    }

    /**
     * A ModelProto field appended to a model's bytes is merged into it, as protobuf defines: here one more opset
     * import.
     */
    private static byte[] withOpset(byte[] model, String domain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(model);
        out.writeBytes(new Message()
                .message(8, new Message().string(1, domain).varint(2, 1))
                .toBytes());
        return out.toByteArray();
    }
}
