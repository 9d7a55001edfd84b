package hep.capsule.internal.packager;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import hep.capsule.internal.runner.onnx.ExternalTensor;
import hep.capsule.internal.runner.onnx.MalformedOnnxException;
import hep.capsule.internal.runner.onnx.OnnxTensorWalk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ONNX model whose tensors keep their bytes in external files, made self-contained: each tensor's bytes are read
 * from the file beside the model that it names and written into the tensor as {@code raw_data}, and its external-data
 * fields are removed; nothing else in the model changes, so the same files always give the same bytes. Only regular
 * files inside the model's own folder are read (no absolute path, no {@code ..}, no link leading out, no FIFO or
 * device), only the range the tensor names, and no more than the limit on any one tensor.
 *
 * @param bytes the self-contained model
 * @param notice what was done, for the user: names the model, the tensors and their files
 */
public record SelfContainedModel(byte[] bytes, String notice) {

    /** protobuf cannot encode a message of 2 GiB or more, so neither can an ONNX model hold one. */
    private static final long MAX_MODEL_BYTES = Integer.MAX_VALUE - 8L;

    /**
     * Reads a model, making it self-contained when it keeps data in external files.
     *
     * @param maxTensorBytes the most bytes one tensor may read from a file (as {@code --max-tensor-size})
     * @return empty when the model keeps nothing outside itself
     * @throws ExternalDataException when a tensor names a file that may not be read, or a range outside it
     */
    public static Optional<SelfContainedModel> of(Path modelFile, byte[] model, long maxTensorBytes)
            throws ExternalDataException, IOException {
        Path folder = modelFile.toAbsolutePath().normalize().getParent();
        List<ExternalTensor> inlined = new ArrayList<>();
        long[] total = {model.length};
        byte[] result;
        try {
            result = OnnxTensorWalk.rewrite(model, (tensor, where) -> {
                Optional<ExternalTensor> external = ExternalTensor.read(tensor, where);
                if (external.isEmpty()) {
                    return null;
                }
                byte[] data = read(modelFile, folder, external.get(), maxTensorBytes, total);
                inlined.add(external.get());
                return inline(tensor, data, modelFile, external.get());
            });
        } catch (MalformedOnnxException e) {
            throw new ExternalDataException(modelFile + ": " + e.getMessage());
        } catch (UncheckedExternalData e) {
            throw e.getCause();
        }
        if (inlined.isEmpty()) {
            return Optional.empty();
        }
        String tensors = String.join(
                        ", ", inlined.stream().limit(5).map(t -> t.describe()).toList())
                + (inlined.size() > 5 ? " and " + (inlined.size() - 5) + " more" : "");
        return Optional.of(new SelfContainedModel(
                result,
                modelFile + ": " + inlined.size() + " tensor(s) keep their data in"
                        + " files beside the model (" + tensors
                        + "); capsule pack writes that data into the archived model, so that"
                        + " the archive is self-contained"));
    }

    /** Carries a refusal out of the tensor visitor, which may throw only {@link MalformedOnnxException}. */
    private static final class UncheckedExternalData extends RuntimeException {
        UncheckedExternalData(ExternalDataException cause) {
            super(cause);
        }

        @Override
        public synchronized ExternalDataException getCause() {
            return (ExternalDataException) super.getCause();
        }
    }

    private static byte[] read(Path modelFile, Path folder, ExternalTensor tensor, long maxTensorBytes, long[] total) {
        try {
            Path file = resolve(modelFile, folder, tensor);
            long size = Files.size(file);
            long offset = number(modelFile, tensor, "offset", tensor.offset()).orElse(0L);
            if (offset > size) {
                throw refused(
                        modelFile,
                        tensor,
                        "its offset " + offset + " is beyond the end of the file (" + size + " bytes)");
            }
            long length = number(modelFile, tensor, "length", tensor.length()).orElse(size - offset);
            if (length > size - offset) {
                throw refused(
                        modelFile,
                        tensor,
                        "offset " + offset + " and length " + length + " reach beyond the end of the file (" + size
                                + " bytes)");
            }
            if (length > maxTensorBytes) {
                throw refused(
                        modelFile,
                        tensor,
                        "its " + length + " bytes are more than the limit of " + maxTensorBytes
                                + " bytes on one tensor (--max-tensor-size)");
            }
            total[0] += length;
            if (total[0] > MAX_MODEL_BYTES) {
                throw refused(
                        modelFile,
                        tensor,
                        "the self-contained model would reach 2 GiB, more than an ONNX file can hold");
            }
            return readRange(file, offset, (int) length);
        } catch (ExternalDataException e) {
            throw new UncheckedExternalData(e);
        } catch (IOException e) {
            throw new UncheckedExternalData(refused(modelFile, tensor, "it cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** The file a tensor names, when it is a regular file inside the model's folder. */
    private static Path resolve(Path modelFile, Path folder, ExternalTensor tensor)
            throws ExternalDataException, IOException {
        String location = tensor.location();
        if (location.isEmpty() || location.indexOf('\0') >= 0 || location.indexOf('\\') >= 0) {
            throw refused(modelFile, tensor, "a location must be a non-empty relative path with '/' between folders");
        }
        Path relative;
        try {
            relative = Path.of(location);
        } catch (InvalidPathException e) {
            throw refused(modelFile, tensor, "it is not a path on this system");
        }
        if (relative.isAbsolute() || location.startsWith("/")) {
            throw refused(modelFile, tensor, "it is an absolute path; only files in the model's own folder are read");
        }
        for (Path segment : relative) {
            if (segment.toString().equals("..")) {
                throw refused(
                        modelFile,
                        tensor,
                        "it leaves the model's folder (\"..\"); only files in the model's own folder are read");
            }
        }
        Path real;
        try {
            real = folder.resolve(relative).toRealPath();
        } catch (NoSuchFileException e) {
            throw refused(modelFile, tensor, "there is no such file beside the model");
        }
        if (!real.startsWith(folder.toRealPath())) {
            throw refused(
                    modelFile,
                    tensor,
                    "it is a link that leads out of the model's folder; only files in that folder are read");
        }
        if (!Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isRegularFile()) {
            throw refused(
                    modelFile,
                    tensor,
                    "it is not a regular file (a folder, FIFO, socket or device); only regular files are read");
        }
        return real;
    }

    private static Optional<Long> number(Path modelFile, ExternalTensor tensor, String key, Optional<String> value)
            throws ExternalDataException {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(value.get());
            if (number >= 0 && value.get().chars().allMatch(Character::isDigit)) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refused(modelFile, tensor, "its " + key + " is not a whole number of bytes");
    }

    private static byte[] readRange(Path file, long offset, int length) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (data.hasRemaining()) {
                if (channel.read(data, offset + data.position()) < 0) {
                    throw new IOException("the file ended early");
                }
            }
        }
        return data.array();
    }

    /** The tensor without its external-data fields (13, 14), with the data as raw_data (9) at the end. */
    private static byte[] inline(byte[] tensor, byte[] data, Path modelFile, ExternalTensor external)
            throws MalformedOnnxException {
        try {
            CodedInputStream in = CodedInputStream.newInstance(tensor);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(tensor.length + data.length + 16);
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                int field = WireFormat.getTagFieldNumber(tag);
                if (field == 9) {
                    throw new UncheckedExternalData(
                            refused(modelFile, external, "the tensor also holds data of its own"));
                }
                if (field == 13 || field == 14) {
                    in.skipField(tag);
                } else {
                    in.skipField(tag, out);
                }
            }
            out.writeByteArray(9, data);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new MalformedOnnxException("a tensor (" + external.where() + ") is broken: " + e.getMessage(), e);
        }
    }

    private static ExternalDataException refused(Path modelFile, ExternalTensor tensor, String why) {
        return new ExternalDataException(modelFile + ": " + tensor.describe() + ", which is refused: " + why
                + ". Write the model with its data inside it, or keep the data files beside the model");
    }
}
