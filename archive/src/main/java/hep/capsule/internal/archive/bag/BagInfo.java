package hep.capsule.internal.archive.bag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The bag-info.txt fields of a capsule: the BagIt profile it follows, and what it fills from its descriptor. */
public record BagInfo(
        String externalIdentifier,
        String externalDescription,
        String sourceOrganization,
        String contactName,
        String contactEmail,
        LocalDate baggingDate,
        String softwareAgent) {

    public TagFile toTagFile(PayloadOxum oxum) {
        List<TagFile.Tag> tags = new ArrayList<>();
        tags.add(new TagFile.Tag("BagIt-Profile-Identifier", BagLayout.BAGIT_PROFILE_IDENTIFIER));
        tags.add(new TagFile.Tag("Source-Organization", sourceOrganization));
        tags.add(new TagFile.Tag("Contact-Name", contactName));
        tags.add(new TagFile.Tag("Contact-Email", contactEmail));
        tags.add(new TagFile.Tag("External-Description", externalDescription));
        tags.add(new TagFile.Tag("External-Identifier", externalIdentifier));
        tags.add(new TagFile.Tag("Bagging-Date", baggingDate.toString()));
        tags.add(new TagFile.Tag("Bag-Software-Agent", softwareAgent));
        tags.add(new TagFile.Tag("Payload-Oxum", oxum.toString()));
        return new TagFile(tags);
    }
}
