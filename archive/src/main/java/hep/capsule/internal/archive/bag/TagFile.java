package hep.capsule.internal.archive.bag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A BagIt tag file of {@code Label: value} lines (bagit.txt, bag-info.txt). Labels keep their order and may repeat, as
 * RFC 8493 allows.
 */
public record TagFile(List<Tag> tags) {

    public record Tag(String label, String value) {}

    public TagFile {
        tags = List.copyOf(tags);
    }

    public List<String> values(String label) {
        return tags.stream()
                .filter(t -> t.label().equalsIgnoreCase(label))
                .map(Tag::value)
                .toList();
    }

    public byte[] toBytes() {
        StringBuilder text = new StringBuilder();
        for (Tag tag : tags) {
            text.append(tag.label())
                    .append(": ")
                    .append(tag.value().replace("\r", " ").replace("\n", " "))
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses tag lines; a line that starts with white space continues the previous value. */
    public static TagFile parse(String fileName, byte[] content) throws BagFormatException {
        List<Tag> tags = new ArrayList<>();
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !tags.isEmpty()) {
                Tag last = tags.remove(tags.size() - 1);
                tags.add(new Tag(last.label(), last.value() + " " + line.strip()));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BagFormatException(fileName + " line " + (i + 1) + " is not \"Label: value\"");
            }
            tags.add(new Tag(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return new TagFile(tags);
    }
}
