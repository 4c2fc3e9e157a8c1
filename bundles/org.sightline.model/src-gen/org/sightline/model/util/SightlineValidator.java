/**
 */
package org.sightline.model.util;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.sightline.model.*;
import org.sightline.model.internal.Hashes;
import org.sightline.model.internal.Spans;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.sightline.model.SightlinePackage
 * @generated
 */
public class SightlineValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SightlineValidator INSTANCE = new SightlineValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.sightline.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SightlineValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return SightlinePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case SightlinePackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case SightlinePackage.CORPUS:
				return validateCorpus((Corpus)value, diagnostics, context);
			case SightlinePackage.DOCUMENT:
				return validateDocument((Document)value, diagnostics, context);
			case SightlinePackage.TEXT_SPAN:
				return validateTextSpan((TextSpan)value, diagnostics, context);
			case SightlinePackage.STRUCTURE_SPAN:
				return validateStructureSpan((StructureSpan)value, diagnostics, context);
			case SightlinePackage.ACTOR:
				return validateActor((Actor)value, diagnostics, context);
			case SightlinePackage.MENTION:
				return validateMention((Mention)value, diagnostics, context);
			case SightlinePackage.CLAIM:
				return validateClaim((Claim)value, diagnostics, context);
			case SightlinePackage.CLAIM_RELATION:
				return validateClaimRelation((ClaimRelation)value, diagnostics, context);
			case SightlinePackage.HYPOTHESIS:
				return validateHypothesis((Hypothesis)value, diagnostics, context);
			case SightlinePackage.ASSESSMENT:
				return validateAssessment((Assessment)value, diagnostics, context);
			case SightlinePackage.SAVED_FILTER:
				return validateSavedFilter((SavedFilter)value, diagnostics, context);
			case SightlinePackage.STRUCTURE_KIND:
				return validateStructureKind((StructureKind)value, diagnostics, context);
			case SightlinePackage.ACTOR_KIND:
				return validateActorKind((ActorKind)value, diagnostics, context);
			case SightlinePackage.CLAIM_TYPE:
				return validateClaimType((ClaimType)value, diagnostics, context);
			case SightlinePackage.MODALITY:
				return validateModality((Modality)value, diagnostics, context);
			case SightlinePackage.POLARITY:
				return validatePolarity((Polarity)value, diagnostics, context);
			case SightlinePackage.REVIEW_STATUS:
				return validateReviewStatus((ReviewStatus)value, diagnostics, context);
			case SightlinePackage.RELATION_KIND:
				return validateRelationKind((RelationKind)value, diagnostics, context);
			case SightlinePackage.CONSISTENCY:
				return validateConsistency((Consistency)value, diagnostics, context);
			case SightlinePackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			case SightlinePackage.INSTANT:
				return validateInstant((Instant)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identified, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCorpus(Corpus corpus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(corpus, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validateCorpus_supportedSchemaVersion(corpus, diagnostics, context);
		if (result || diagnostics != null) result &= validateCorpus_uniqueIds(corpus, diagnostics, context);
		return result;
	}

	/**
	 * Validates the supportedSchemaVersion constraint of '<em>Corpus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCorpus_supportedSchemaVersion(Corpus corpus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int version = corpus.getSchemaVersion();
		if (version < 1 || version > org.sightline.model.io.WorkspaceStore.SCHEMA_VERSION) {
			return report(diagnostics, SCHEMA_VERSION_SUPPORTED, "Corpus " + corpus.getName() + " has schema version " + version
				+ "; this Sightline supports 1.." + org.sightline.model.io.WorkspaceStore.SCHEMA_VERSION,
				corpus, SightlinePackage.Literals.CORPUS__SCHEMA_VERSION);
		}
		return true;
	}

	/**
	 * Validates the uniqueIds constraint of '<em>Corpus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCorpus_uniqueIds(Corpus corpus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// EMF's validate_UniqueID only works inside a resource; corpora are often built and checked before saving.
		java.util.Map<String, Identified> seen = new java.util.HashMap<>();
		boolean result = true;
		for (java.util.Iterator<EObject> it = corpus.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified identified && identified.getId() != null) {
				Identified first = seen.putIfAbsent(identified.getId(), identified);
				if (first != null) {
					result = report(diagnostics, DUPLICATE_ID, identified.eClass().getName() + " and " + first.eClass().getName()
						+ " both have id \"" + identified.getId() + "\"", identified, SightlinePackage.Literals.IDENTIFIED__ID, first);
					if (diagnostics == null) {
						return false;
					}
				}
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDocument(Document document, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(document, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(document, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(document, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(document, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(document, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(document, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(document, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(document, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(document, diagnostics, context);
		if (result || diagnostics != null) result &= validateDocument_contentHashMatchesText(document, diagnostics, context);
		return result;
	}

	/**
	 * Validates the contentHashMatchesText constraint of '<em>Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDocument_contentHashMatchesText(Document document, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// A missing hash is allowed (not computed yet); a wrong one means text was changed behind the importer's back.
		String hash = document.getContentHash();
		if (hash != null && document.getText() != null && !hash.equals(Hashes.sha256Hex(document.getText()))) {
			return report(diagnostics, CONTENT_HASH, "Document " + document.getId() + ": contentHash " + hash
				+ " is not the SHA-256 of its text", document, SightlinePackage.Literals.DOCUMENT__CONTENT_HASH);
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTextSpan(TextSpan textSpan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(textSpan, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(textSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(textSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(textSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(textSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(textSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(textSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(textSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(textSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextSpan_spanInsideText(textSpan, diagnostics, context);
		return result;
	}

	/**
	 * Validates the spanInsideText constraint of '<em>Text Span</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTextSpan_spanInsideText(TextSpan textSpan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Document document = Spans.documentOf(textSpan);
		if (document == null) {
			return true; // the owner's missing document is reported by its multiplicity/reference checks
		}
		String text = document.getText();
		if (!Spans.inside(textSpan, text)) {
			return report(diagnostics, SPAN_INSIDE_TEXT, "Span " + Spans.format(textSpan) + " of " + getObjectLabel(textSpan.eContainer(), context)
				+ " is not inside the text of document " + document.getId() + " (length " + (text == null ? "none" : text.length()) + ")",
				textSpan, SightlinePackage.Literals.TEXT_SPAN__BEGIN, SightlinePackage.Literals.TEXT_SPAN__END);
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStructureSpan(StructureSpan structureSpan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(structureSpan, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(structureSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(structureSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(structureSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(structureSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(structureSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(structureSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(structureSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(structureSpan, diagnostics, context);
		if (result || diagnostics != null) result &= validateTextSpan_spanInsideText(structureSpan, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActor(Actor actor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(actor, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validateActor_partOfAcyclic(actor, diagnostics, context);
		return result;
	}

	/**
	 * Validates the partOfAcyclic constraint of '<em>Actor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateActor_partOfAcyclic(Actor actor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		java.util.Set<Actor> seen = new java.util.HashSet<>();
		for (Actor current = actor.getPartOf(); current != null; current = current.getPartOf()) {
			if (current == actor) {
				return report(diagnostics, PART_OF_CYCLE, "Actor " + actor.getId() + " (" + actor.getName()
					+ ") is part of itself through its partOf chain", actor, SightlinePackage.Literals.ACTOR__PART_OF);
			}
			if (!seen.add(current)) {
				return true; // a cycle further up, reported on the actors inside it
			}
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMention(Mention mention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(mention, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validateMention_textMatchesSpan(mention, diagnostics, context);
		if (result || diagnostics != null) result &= validateMention_referencesInCorpus(mention, diagnostics, context);
		return result;
	}

	/**
	 * Validates the textMatchesSpan constraint of '<em>Mention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMention_textMatchesSpan(Mention mention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return surfaceMatches(mention, mention.getSpan(), mention.getText(), SightlinePackage.Literals.MENTION__TEXT, diagnostics);
	}

	/**
	 * Validates the referencesInCorpus constraint of '<em>Mention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMention_referencesInCorpus(Mention mention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return referencesInCorpus(mention, diagnostics, SightlinePackage.Literals.MENTION__DOCUMENT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClaim(Claim claim, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(claim, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validateClaim_textsMatchSpans(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validateClaim_confidenceInRange(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validateClaim_referencesInCorpus(claim, diagnostics, context);
		return result;
	}

	/**
	 * Validates the textsMatchSpans constraint of '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateClaim_textsMatchSpans(Claim claim, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// Spans are optional (a source-less attribution has none); when present they must cover their text.
		boolean result = true;
		if (claim.getSourceSpan() != null) {
			result &= surfaceMatches(claim, claim.getSourceSpan(), claim.getSourceText(), SightlinePackage.Literals.CLAIM__SOURCE_TEXT, diagnostics);
		}
		if (claim.getCueSpan() != null && (result || diagnostics != null)) {
			result &= surfaceMatches(claim, claim.getCueSpan(), claim.getCue(), SightlinePackage.Literals.CLAIM__CUE, diagnostics);
		}
		if (claim.getContentSpan() != null && (result || diagnostics != null)) {
			if (claim.getContentParts().isEmpty()) {
				result &= surfaceMatches(claim, claim.getContentSpan(), claim.getContent(), SightlinePackage.Literals.CLAIM__CONTENT, diagnostics);
			} else {
				// A discontinuous content: its pieces in text order, their texts joined by Spans.PART_SEPARATOR.
				String covered = Spans.contentText(claim);
				if (covered != null && !covered.equals(claim.getContent())) {
					result &= report(diagnostics, SURFACE_TEXT, "Claim " + claim.getId() + ": content \"" + claim.getContent()
						+ "\" differs from the text of its " + (1 + claim.getContentParts().size()) + " pieces, \"" + covered + "\"",
						claim, SightlinePackage.Literals.CLAIM__CONTENT);
				}
			}
		}
		return result;
	}

	/**
	 * Validates the confidenceInRange constraint of '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateClaim_confidenceInRange(Claim claim, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double confidence = claim.getConfidence();
		if (!(confidence >= 0.0 && confidence <= 1.0)) { // also rejects NaN
			return report(diagnostics, CONFIDENCE_RANGE, "Claim " + claim.getId() + ": confidence " + confidence + " is not in 0..1",
				claim, SightlinePackage.Literals.CLAIM__CONFIDENCE);
		}
		return true;
	}

	/**
	 * Validates the referencesInCorpus constraint of '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateClaim_referencesInCorpus(Claim claim, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return referencesInCorpus(claim, diagnostics, SightlinePackage.Literals.CLAIM__DOCUMENT, SightlinePackage.Literals.CLAIM__SOURCE,
			SightlinePackage.Literals.CLAIM__TARGETS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClaimRelation(ClaimRelation claimRelation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(claimRelation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(claimRelation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(claimRelation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(claimRelation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(claimRelation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(claimRelation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(claimRelation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(claimRelation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(claimRelation, diagnostics, context);
		if (result || diagnostics != null) result &= validateClaimRelation_referencesInCorpus(claimRelation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the referencesInCorpus constraint of '<em>Claim Relation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateClaimRelation_referencesInCorpus(ClaimRelation claimRelation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return referencesInCorpus(claimRelation, diagnostics, SightlinePackage.Literals.CLAIM_RELATION__FROM,
			SightlinePackage.Literals.CLAIM_RELATION__TO);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHypothesis(Hypothesis hypothesis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hypothesis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessment(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(assessment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validateAssessment_referencesInCorpus(assessment, diagnostics, context);
		if (result || diagnostics != null) result &= validateAssessment_weightNonNegative(assessment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the referencesInCorpus constraint of '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAssessment_referencesInCorpus(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return referencesInCorpus(assessment, diagnostics, SightlinePackage.Literals.ASSESSMENT__CLAIM,
			SightlinePackage.Literals.ASSESSMENT__HYPOTHESIS);
	}

	/**
	 * Validates the weightNonNegative constraint of '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAssessment_weightNonNegative(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double weight = assessment.getWeight();
		if (!(weight >= 0.0) || Double.isInfinite(weight)) {
			return report(diagnostics, WEIGHT_NON_NEGATIVE, "Assessment " + assessment.getId() + ": weight " + weight
				+ " must be a finite number >= 0", assessment, SightlinePackage.Literals.ASSESSMENT__WEIGHT);
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSavedFilter(SavedFilter savedFilter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(savedFilter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStructureKind(StructureKind structureKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActorKind(ActorKind actorKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClaimType(ClaimType claimType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModality(Modality modality, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePolarity(Polarity polarity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewStatus(ReviewStatus reviewStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationKind(RelationKind relationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsistency(Consistency consistency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstant(Instant instant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	// ---- Hand-written (no @generated tag, so JMerge keeps it on regeneration) ----

	/** Diagnostic code: Corpus.schemaVersion outside 1..WorkspaceStore.SCHEMA_VERSION. */
	public static final int SCHEMA_VERSION_SUPPORTED = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;
	/** Diagnostic code: Document.contentHash is not the SHA-256 of Document.text. */
	public static final int CONTENT_HASH = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;
	/** Diagnostic code: a span does not lie inside the text of its document. */
	public static final int SPAN_INSIDE_TEXT = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;
	/** Diagnostic code: a stored surface text differs from the text its span covers. */
	public static final int SURFACE_TEXT = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;
	/** Diagnostic code: an actor is part of itself through Actor.partOf. */
	public static final int PART_OF_CYCLE = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;
	/** Diagnostic code: a reference points outside the corpus of the referring object. */
	public static final int REFERENCE_OUTSIDE_CORPUS = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;
	/** Diagnostic code: Claim.confidence outside 0..1. */
	public static final int CONFIDENCE_RANGE = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;
	/** Diagnostic code: Assessment.weight negative, NaN or infinite. */
	public static final int WEIGHT_NON_NEGATIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 8;
	/** Diagnostic code: two objects of one corpus share an id (references would resolve to the wrong one). */
	public static final int DUPLICATE_ID = GENERATED_DIAGNOSTIC_CODE_COUNT + 9;

	/** Adds an ERROR whose data is the offending object followed by the features concerned; returns false. */
	private static boolean report(DiagnosticChain diagnostics, int code, String message, Object... data) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, data));
		}
		return false;
	}

	/** The text stored on {@code owner} must equal what {@code span} covers (checked only when the span is inside). */
	private boolean surfaceMatches(Identified owner, TextSpan span, String stored, EStructuralFeature feature, DiagnosticChain diagnostics) {
		if (span == null) {
			return true; // a missing mandatory span is reported by the multiplicity check
		}
		String covered = Spans.coveredText(span);
		if (covered == null || covered.equals(stored)) {
			return true; // outside spans are reported by spanInsideText
		}
		return report(diagnostics, SURFACE_TEXT, owner.eClass().getName() + " " + owner.getId() + ": " + feature.getName() + " \""
			+ stored + "\" differs from the text at " + Spans.format(span) + ", \"" + covered + "\"", owner, feature);
	}

	/** Every object referenced through {@code features} must be in the same corpus as {@code owner}. */
	private boolean referencesInCorpus(Identified owner, DiagnosticChain diagnostics, EReference... features) {
		Corpus corpus = Spans.corpusOf(owner);
		if (corpus == null) {
			return true; // a free-standing object (being built) has no corpus to compare with
		}
		boolean result = true;
		for (EReference feature : features) {
			java.util.List<?> values = feature.isMany() ? (java.util.List<?>) owner.eGet(feature) : java.util.Collections.singletonList(owner.eGet(feature));
			for (Object value : values) {
				if (value instanceof EObject target && Spans.corpusOf(target) != corpus) {
					result = report(diagnostics, REFERENCE_OUTSIDE_CORPUS, owner.eClass().getName() + " " + owner.getId() + ": " + feature.getName()
						+ " refers to " + target.eClass().getName() + " " + EcoreUtil.getID(target) + ", which is not in corpus "
						+ corpus.getName(), owner, feature, target);
					if (diagnostics == null) {
						return false;
					}
				}
			}
		}
		return result;
	}


	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //SightlineValidator
