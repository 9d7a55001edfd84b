/**
 * The facts Capsule reads from a capsule's signal-model files and generator cards, recorded by {@code capsule pack} in
 * capsule.json ({@code signal_model_facts}) and shown by {@code inspect} and the reports: the masses, widths and
 * leading branching ratios of the new particles and the cross-sections of an SLHA card, and the generator, beams,
 * events, PDF, seed, model and processes of MadGraph5_aMC@NLO cards and Pythia 8 command files.
 */
package hep.capsule.internal.schema.facts;
