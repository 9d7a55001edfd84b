package hep.capsule.internal.container;

/** Where things are inside Capsule's image: the paths its entrypoint, its labels and its documentation name. */
public final class ImageLayout {
    public static final String HOME = "/opt/capsule";
    public static final String RUNTIME = HOME + "/runtime";
    public static final String JAVA = RUNTIME + "/bin/java";
    public static final String NATIVE = HOME + "/native";
    public static final String LIB = HOME + "/lib";
    /**
     * The JVM's options, class path and main class, one per line: {@code java @/opt/capsule/capsule.args verify ...}.
     */
    public static final String ARGUMENT_FILE = HOME + "/capsule.args";

    public static final String CAPSULE_FOLDER = "/capsule";
    /** The temporary folder, on which a container runtime mounts a tmpfs (the root file system is read-only). */
    public static final String TMP = "/tmp";

    public static final String USER = "65532";
    /** The label holding the bundled archive's path in the image. */
    public static final String ARCHIVE_LABEL = "hep.capsule.archive.path";
    /** The label holding what the image was made from. */
    public static final String INPUTS_LABEL = "hep.capsule.image.inputs";

    private ImageLayout() {}
}
