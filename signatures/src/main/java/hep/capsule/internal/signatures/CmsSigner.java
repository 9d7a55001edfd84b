package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.bag.SignatureFormat;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes detached DER CMS signatures (RFC 5652) with an X.509 key, carrying the signer's chain and, when an authority is
 * given, an RFC 3161 time-stamp on the signature value as the CAdES signature-time-stamp unsigned attribute
 * (id-aa-signatureTimeStampToken).
 */
public final class CmsSigner implements TagManifestSigner {
    private final X509Credentials credentials;
    private final Optional<TimeStampAuthority> timeStampAuthority;
    private final Clock clock;

    public CmsSigner(X509Credentials credentials, Optional<TimeStampAuthority> timeStampAuthority, Clock clock)
            throws SigningException {
        CmsAlgorithms.signatureAlgorithm(credentials.key());
        this.credentials = credentials;
        this.timeStampAuthority = timeStampAuthority;
        this.clock = clock;
    }

    @Override
    public SignatureFormat format() {
        return SignatureFormat.CMS;
    }

    @Override
    public DetachedSignature sign(byte[] tagManifest) throws SigningException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            AttributeTable signingTime = new AttributeTable(
                    new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(BouncyCastle.PROVIDER)
                            .build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
                    .build(
                            new JcaContentSignerBuilder(CmsAlgorithms.signatureAlgorithm(credentials.key()))
                                    .setProvider(BouncyCastle.PROVIDER)
                                    .build(credentials.key()),
                            credentials.certificate()));
            generator.addCertificates(new JcaCertStore(credentials.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(tagManifest), false);
            if (timeStampAuthority.isPresent()) {
                signed = withTimeStamp(signed, timeStampAuthority.get());
            }
            return new DetachedSignature(signed.getEncoded("DER"), Optional.empty());
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new SigningException("cannot make the CMS signature: " + e.getMessage(), e);
        }
    }

    private static CMSSignedData withTimeStamp(CMSSignedData signed, TimeStampAuthority authority)
            throws SigningException, IOException {
        SignerInformation signer =
                signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = authority.stamp(signer.getSignature());
        AttributeTable unsigned = new AttributeTable(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        return CMSSignedData.replaceSigners(
                signed, new SignerInformationStore(SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
    }
}
