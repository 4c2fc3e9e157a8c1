/**
 */
package org.sightline.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Sightline's analysis model: documents, the actors found in them, the claims those actors make (with the exact text spans they came from), relations between claims, and analysis of competing hypotheses (ACH).
 * All offsets are UTF-16 (java.lang.String) indices into Document.text, end exclusive.
 * <!-- end-model-doc -->
 * @see org.sightline.model.SightlineFactory
 * @model kind="package"
 * @generated
 */
public interface SightlinePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://sightline.org/model/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sightline";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SightlinePackage eINSTANCE = org.sightline.model.impl.SightlinePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.IdentifiedImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.CorpusImpl <em>Corpus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.CorpusImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getCorpus()
	 * @generated
	 */
	int CORPUS = 1;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__SCHEMA_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__NAME = 1;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__DOCUMENTS = 2;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ACTORS = 3;

	/**
	 * The feature id for the '<em><b>Claims</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__CLAIMS = 4;

	/**
	 * The feature id for the '<em><b>Relations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__RELATIONS = 5;

	/**
	 * The feature id for the '<em><b>Hypotheses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__HYPOTHESES = 6;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ASSESSMENTS = 7;

	/**
	 * The feature id for the '<em><b>Saved Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__SAVED_FILTERS = 8;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.DocumentImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__INPUT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PUBLISHER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__AUTHOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PUBLISHED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CONTENT_HASH = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Importer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__IMPORTER_ID = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Canonical Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CANONICAL_URL = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Import Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__IMPORT_TIME = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Structure</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__STRUCTURE = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Duplicate Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DUPLICATE_OF = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.TextSpanImpl <em>Text Span</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.TextSpanImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getTextSpan()
	 * @generated
	 */
	int TEXT_SPAN = 3;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SPAN__BEGIN = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SPAN__END = 1;

	/**
	 * The number of structural features of the '<em>Text Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SPAN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Text Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SPAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.StructureSpanImpl <em>Structure Span</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.StructureSpanImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getStructureSpan()
	 * @generated
	 */
	int STRUCTURE_SPAN = 4;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SPAN__BEGIN = TEXT_SPAN__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SPAN__END = TEXT_SPAN__END;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SPAN__KIND = TEXT_SPAN_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Structure Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SPAN_FEATURE_COUNT = TEXT_SPAN_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Structure Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_SPAN_OPERATION_COUNT = TEXT_SPAN_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.ActorImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ALIASES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__CODE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ROLE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Part Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PART_OF = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Mentions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__MENTIONS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NOTES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__HIDDEN = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.MentionImpl <em>Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.MentionImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getMention()
	 * @generated
	 */
	int MENTION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__DOCUMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Span</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__SPAN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__ACTOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Extractor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__EXTRACTOR_ID = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__STATUS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.ClaimImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__DOCUMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SOURCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SOURCE_TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Span</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SOURCE_SPAN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CUE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cue Span</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CUE_SPAN = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CONTENT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Content Span</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CONTENT_SPAN = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Content Parts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CONTENT_PARTS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TYPE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__MODALITY = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CONFIDENCE = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Polarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__POLARITY = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TARGETS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TOPICS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__STATUS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Extractor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__EXTRACTOR_ID = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__NOTE = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__RULE = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__HIDDEN = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.ClaimRelationImpl <em>Claim Relation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.ClaimRelationImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getClaimRelation()
	 * @generated
	 */
	int CLAIM_RELATION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__FROM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__TO = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__REASON = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Producer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__PRODUCER_ID = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Claim Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Claim Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.HypothesisImpl <em>Hypothesis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.HypothesisImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getHypothesis()
	 * @generated
	 */
	int HYPOTHESIS = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Hypothesis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Hypothesis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPOTHESIS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.AssessmentImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Claim</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CLAIM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hypothesis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__HYPOTHESIS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Consistency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CONSISTENCY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__WEIGHT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__NOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.impl.SavedFilterImpl <em>Saved Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.impl.SavedFilterImpl
	 * @see org.sightline.model.impl.SightlinePackageImpl#getSavedFilter()
	 * @generated
	 */
	int SAVED_FILTER = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_FILTER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_FILTER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_FILTER__QUERY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Saved Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_FILTER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Saved Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_FILTER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sightline.model.StructureKind <em>Structure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.StructureKind
	 * @see org.sightline.model.impl.SightlinePackageImpl#getStructureKind()
	 * @generated
	 */
	int STRUCTURE_KIND = 12;

	/**
	 * The meta object id for the '{@link org.sightline.model.ActorKind <em>Actor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.ActorKind
	 * @see org.sightline.model.impl.SightlinePackageImpl#getActorKind()
	 * @generated
	 */
	int ACTOR_KIND = 13;

	/**
	 * The meta object id for the '{@link org.sightline.model.ClaimType <em>Claim Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.ClaimType
	 * @see org.sightline.model.impl.SightlinePackageImpl#getClaimType()
	 * @generated
	 */
	int CLAIM_TYPE = 14;

	/**
	 * The meta object id for the '{@link org.sightline.model.Modality <em>Modality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.Modality
	 * @see org.sightline.model.impl.SightlinePackageImpl#getModality()
	 * @generated
	 */
	int MODALITY = 15;

	/**
	 * The meta object id for the '{@link org.sightline.model.Polarity <em>Polarity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.Polarity
	 * @see org.sightline.model.impl.SightlinePackageImpl#getPolarity()
	 * @generated
	 */
	int POLARITY = 16;

	/**
	 * The meta object id for the '{@link org.sightline.model.ReviewStatus <em>Review Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.ReviewStatus
	 * @see org.sightline.model.impl.SightlinePackageImpl#getReviewStatus()
	 * @generated
	 */
	int REVIEW_STATUS = 17;

	/**
	 * The meta object id for the '{@link org.sightline.model.RelationKind <em>Relation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.RelationKind
	 * @see org.sightline.model.impl.SightlinePackageImpl#getRelationKind()
	 * @generated
	 */
	int RELATION_KIND = 18;

	/**
	 * The meta object id for the '{@link org.sightline.model.Consistency <em>Consistency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sightline.model.Consistency
	 * @see org.sightline.model.impl.SightlinePackageImpl#getConsistency()
	 * @generated
	 */
	int CONSISTENCY = 19;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.sightline.model.impl.SightlinePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 20;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.sightline.model.impl.SightlinePackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 21;


	/**
	 * Returns the meta object for class '{@link org.sightline.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.sightline.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sightline.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.Corpus <em>Corpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus</em>'.
	 * @see org.sightline.model.Corpus
	 * @generated
	 */
	EClass getCorpus();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Corpus#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see org.sightline.model.Corpus#getSchemaVersion()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_SchemaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Corpus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sightline.model.Corpus#getName()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Corpus#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.sightline.model.Corpus#getDocuments()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Corpus#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.sightline.model.Corpus#getActors()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Corpus#getClaims <em>Claims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Claims</em>'.
	 * @see org.sightline.model.Corpus#getClaims()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Claims();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Corpus#getRelations <em>Relations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relations</em>'.
	 * @see org.sightline.model.Corpus#getRelations()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Relations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Corpus#getHypotheses <em>Hypotheses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hypotheses</em>'.
	 * @see org.sightline.model.Corpus#getHypotheses()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Hypotheses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Corpus#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.sightline.model.Corpus#getAssessments()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Corpus#getSavedFilters <em>Saved Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Saved Filters</em>'.
	 * @see org.sightline.model.Corpus#getSavedFilters()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_SavedFilters();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.sightline.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see org.sightline.model.Document#getInput()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Input();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.sightline.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.sightline.model.Document#getPublisher()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.sightline.model.Document#getAuthor()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.sightline.model.Document#getPublished()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.sightline.model.Document#getLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sightline.model.Document#getText()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.sightline.model.Document#getContentHash()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getImporterId <em>Importer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importer Id</em>'.
	 * @see org.sightline.model.Document#getImporterId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ImporterId();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getCanonicalUrl <em>Canonical Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Canonical Url</em>'.
	 * @see org.sightline.model.Document#getCanonicalUrl()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_CanonicalUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Document#getImportTime <em>Import Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Import Time</em>'.
	 * @see org.sightline.model.Document#getImportTime()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ImportTime();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Document#getStructure <em>Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Structure</em>'.
	 * @see org.sightline.model.Document#getStructure()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Structure();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.Document#getDuplicateOf <em>Duplicate Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Duplicate Of</em>'.
	 * @see org.sightline.model.Document#getDuplicateOf()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_DuplicateOf();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.TextSpan <em>Text Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Span</em>'.
	 * @see org.sightline.model.TextSpan
	 * @generated
	 */
	EClass getTextSpan();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.TextSpan#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.sightline.model.TextSpan#getBegin()
	 * @see #getTextSpan()
	 * @generated
	 */
	EAttribute getTextSpan_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.TextSpan#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.sightline.model.TextSpan#getEnd()
	 * @see #getTextSpan()
	 * @generated
	 */
	EAttribute getTextSpan_End();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.StructureSpan <em>Structure Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Structure Span</em>'.
	 * @see org.sightline.model.StructureSpan
	 * @generated
	 */
	EClass getStructureSpan();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.StructureSpan#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sightline.model.StructureSpan#getKind()
	 * @see #getStructureSpan()
	 * @generated
	 */
	EAttribute getStructureSpan_Kind();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.sightline.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Actor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sightline.model.Actor#getName()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Actor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sightline.model.Actor#getKind()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.sightline.model.Actor#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.sightline.model.Actor#getAliases()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Actor#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.sightline.model.Actor#getCode()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Actor#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.sightline.model.Actor#getRole()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Role();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.Actor#getPartOf <em>Part Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Part Of</em>'.
	 * @see org.sightline.model.Actor#getPartOf()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_PartOf();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Actor#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mentions</em>'.
	 * @see org.sightline.model.Actor#getMentions()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_Mentions();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Actor#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.sightline.model.Actor#getNotes()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Actor#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.sightline.model.Actor#isHidden()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Hidden();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.Mention <em>Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mention</em>'.
	 * @see org.sightline.model.Mention
	 * @generated
	 */
	EClass getMention();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.Mention#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.sightline.model.Mention#getDocument()
	 * @see #getMention()
	 * @generated
	 */
	EReference getMention_Document();

	/**
	 * Returns the meta object for the containment reference '{@link org.sightline.model.Mention#getSpan <em>Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Span</em>'.
	 * @see org.sightline.model.Mention#getSpan()
	 * @see #getMention()
	 * @generated
	 */
	EReference getMention_Span();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Mention#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sightline.model.Mention#getText()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Text();

	/**
	 * Returns the meta object for the container reference '{@link org.sightline.model.Mention#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Actor</em>'.
	 * @see org.sightline.model.Mention#getActor()
	 * @see #getMention()
	 * @generated
	 */
	EReference getMention_Actor();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Mention#getExtractorId <em>Extractor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extractor Id</em>'.
	 * @see org.sightline.model.Mention#getExtractorId()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_ExtractorId();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Mention#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.sightline.model.Mention#getStatus()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Status();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.sightline.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.Claim#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.sightline.model.Claim#getDocument()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Document();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.Claim#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.sightline.model.Claim#getSource()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getSourceText <em>Source Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Text</em>'.
	 * @see org.sightline.model.Claim#getSourceText()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_SourceText();

	/**
	 * Returns the meta object for the containment reference '{@link org.sightline.model.Claim#getSourceSpan <em>Source Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source Span</em>'.
	 * @see org.sightline.model.Claim#getSourceSpan()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_SourceSpan();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getCue <em>Cue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cue</em>'.
	 * @see org.sightline.model.Claim#getCue()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Cue();

	/**
	 * Returns the meta object for the containment reference '{@link org.sightline.model.Claim#getCueSpan <em>Cue Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cue Span</em>'.
	 * @see org.sightline.model.Claim#getCueSpan()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_CueSpan();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.sightline.model.Claim#getContent()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Content();

	/**
	 * Returns the meta object for the containment reference '{@link org.sightline.model.Claim#getContentSpan <em>Content Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Content Span</em>'.
	 * @see org.sightline.model.Claim#getContentSpan()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_ContentSpan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sightline.model.Claim#getContentParts <em>Content Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Content Parts</em>'.
	 * @see org.sightline.model.Claim#getContentParts()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_ContentParts();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.sightline.model.Claim#getType()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.sightline.model.Claim#getModality()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.sightline.model.Claim#getConfidence()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getPolarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Polarity</em>'.
	 * @see org.sightline.model.Claim#getPolarity()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Polarity();

	/**
	 * Returns the meta object for the reference list '{@link org.sightline.model.Claim#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.sightline.model.Claim#getTargets()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Targets();

	/**
	 * Returns the meta object for the attribute list '{@link org.sightline.model.Claim#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topics</em>'.
	 * @see org.sightline.model.Claim#getTopics()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Topics();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.sightline.model.Claim#getStatus()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getExtractorId <em>Extractor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extractor Id</em>'.
	 * @see org.sightline.model.Claim#getExtractorId()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_ExtractorId();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.sightline.model.Claim#getNote()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see org.sightline.model.Claim#getRule()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Claim#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.sightline.model.Claim#isHidden()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Hidden();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.ClaimRelation <em>Claim Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim Relation</em>'.
	 * @see org.sightline.model.ClaimRelation
	 * @generated
	 */
	EClass getClaimRelation();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.ClaimRelation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sightline.model.ClaimRelation#getKind()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.ClaimRelation#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.sightline.model.ClaimRelation#getFrom()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EReference getClaimRelation_From();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.ClaimRelation#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.sightline.model.ClaimRelation#getTo()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EReference getClaimRelation_To();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.ClaimRelation#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.sightline.model.ClaimRelation#getReason()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.ClaimRelation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.sightline.model.ClaimRelation#getStatus()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.ClaimRelation#getProducerId <em>Producer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Producer Id</em>'.
	 * @see org.sightline.model.ClaimRelation#getProducerId()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_ProducerId();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.Hypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hypothesis</em>'.
	 * @see org.sightline.model.Hypothesis
	 * @generated
	 */
	EClass getHypothesis();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Hypothesis#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.sightline.model.Hypothesis#getLabel()
	 * @see #getHypothesis()
	 * @generated
	 */
	EAttribute getHypothesis_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Hypothesis#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.sightline.model.Hypothesis#getDescription()
	 * @see #getHypothesis()
	 * @generated
	 */
	EAttribute getHypothesis_Description();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.sightline.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.Assessment#getClaim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Claim</em>'.
	 * @see org.sightline.model.Assessment#getClaim()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Claim();

	/**
	 * Returns the meta object for the reference '{@link org.sightline.model.Assessment#getHypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hypothesis</em>'.
	 * @see org.sightline.model.Assessment#getHypothesis()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Hypothesis();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Assessment#getConsistency <em>Consistency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consistency</em>'.
	 * @see org.sightline.model.Assessment#getConsistency()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Consistency();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Assessment#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.sightline.model.Assessment#getWeight()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.Assessment#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.sightline.model.Assessment#getNote()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Note();

	/**
	 * Returns the meta object for class '{@link org.sightline.model.SavedFilter <em>Saved Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saved Filter</em>'.
	 * @see org.sightline.model.SavedFilter
	 * @generated
	 */
	EClass getSavedFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.SavedFilter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sightline.model.SavedFilter#getName()
	 * @see #getSavedFilter()
	 * @generated
	 */
	EAttribute getSavedFilter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sightline.model.SavedFilter#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Query</em>'.
	 * @see org.sightline.model.SavedFilter#getQuery()
	 * @see #getSavedFilter()
	 * @generated
	 */
	EAttribute getSavedFilter_Query();

	/**
	 * Returns the meta object for enum '{@link org.sightline.model.StructureKind <em>Structure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Structure Kind</em>'.
	 * @see org.sightline.model.StructureKind
	 * @generated
	 */
	EEnum getStructureKind();

	/**
	 * Returns the meta object for enum '{@link org.sightline.model.ActorKind <em>Actor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Kind</em>'.
	 * @see org.sightline.model.ActorKind
	 * @generated
	 */
	EEnum getActorKind();

	/**
	 * Returns the meta object for enum '{@link org.sightline.model.ClaimType <em>Claim Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Claim Type</em>'.
	 * @see org.sightline.model.ClaimType
	 * @generated
	 */
	EEnum getClaimType();

	/**
	 * Returns the meta object for enum '{@link org.sightline.model.Modality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Modality</em>'.
	 * @see org.sightline.model.Modality
	 * @generated
	 */
	EEnum getModality();

	/**
	 * Returns the meta object for enum '{@link org.sightline.model.Polarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Polarity</em>'.
	 * @see org.sightline.model.Polarity
	 * @generated
	 */
	EEnum getPolarity();

	/**
	 * Returns the meta object for enum '{@link org.sightline.model.ReviewStatus <em>Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Status</em>'.
	 * @see org.sightline.model.ReviewStatus
	 * @generated
	 */
	EEnum getReviewStatus();

	/**
	 * Returns the meta object for enum '{@link org.sightline.model.RelationKind <em>Relation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation Kind</em>'.
	 * @see org.sightline.model.RelationKind
	 * @generated
	 */
	EEnum getRelationKind();

	/**
	 * Returns the meta object for enum '{@link org.sightline.model.Consistency <em>Consistency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consistency</em>'.
	 * @see org.sightline.model.Consistency
	 * @generated
	 */
	EEnum getConsistency();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, serialised as ISO yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, serialised as ISO-8601 UTC (2026-11-26T08:15:30Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SightlineFactory getSightlineFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.IdentifiedImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.CorpusImpl <em>Corpus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.CorpusImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getCorpus()
		 * @generated
		 */
		EClass CORPUS = eINSTANCE.getCorpus();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__SCHEMA_VERSION = eINSTANCE.getCorpus_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__NAME = eINSTANCE.getCorpus_Name();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__DOCUMENTS = eINSTANCE.getCorpus_Documents();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__ACTORS = eINSTANCE.getCorpus_Actors();

		/**
		 * The meta object literal for the '<em><b>Claims</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__CLAIMS = eINSTANCE.getCorpus_Claims();

		/**
		 * The meta object literal for the '<em><b>Relations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__RELATIONS = eINSTANCE.getCorpus_Relations();

		/**
		 * The meta object literal for the '<em><b>Hypotheses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__HYPOTHESES = eINSTANCE.getCorpus_Hypotheses();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__ASSESSMENTS = eINSTANCE.getCorpus_Assessments();

		/**
		 * The meta object literal for the '<em><b>Saved Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__SAVED_FILTERS = eINSTANCE.getCorpus_SavedFilters();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.DocumentImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__INPUT = eINSTANCE.getDocument_Input();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__PUBLISHER = eINSTANCE.getDocument_Publisher();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__AUTHOR = eINSTANCE.getDocument_Author();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__PUBLISHED = eINSTANCE.getDocument_Published();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LANGUAGE = eINSTANCE.getDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TEXT = eINSTANCE.getDocument_Text();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__CONTENT_HASH = eINSTANCE.getDocument_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Importer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__IMPORTER_ID = eINSTANCE.getDocument_ImporterId();

		/**
		 * The meta object literal for the '<em><b>Canonical Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__CANONICAL_URL = eINSTANCE.getDocument_CanonicalUrl();

		/**
		 * The meta object literal for the '<em><b>Import Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__IMPORT_TIME = eINSTANCE.getDocument_ImportTime();

		/**
		 * The meta object literal for the '<em><b>Structure</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__STRUCTURE = eINSTANCE.getDocument_Structure();

		/**
		 * The meta object literal for the '<em><b>Duplicate Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__DUPLICATE_OF = eINSTANCE.getDocument_DuplicateOf();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.TextSpanImpl <em>Text Span</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.TextSpanImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getTextSpan()
		 * @generated
		 */
		EClass TEXT_SPAN = eINSTANCE.getTextSpan();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SPAN__BEGIN = eINSTANCE.getTextSpan_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SPAN__END = eINSTANCE.getTextSpan_End();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.StructureSpanImpl <em>Structure Span</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.StructureSpanImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getStructureSpan()
		 * @generated
		 */
		EClass STRUCTURE_SPAN = eINSTANCE.getStructureSpan();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_SPAN__KIND = eINSTANCE.getStructureSpan_Kind();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.ActorImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NAME = eINSTANCE.getActor_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__KIND = eINSTANCE.getActor_Kind();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ALIASES = eINSTANCE.getActor_Aliases();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__CODE = eINSTANCE.getActor_Code();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ROLE = eINSTANCE.getActor_Role();

		/**
		 * The meta object literal for the '<em><b>Part Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__PART_OF = eINSTANCE.getActor_PartOf();

		/**
		 * The meta object literal for the '<em><b>Mentions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__MENTIONS = eINSTANCE.getActor_Mentions();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NOTES = eINSTANCE.getActor_Notes();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__HIDDEN = eINSTANCE.getActor_Hidden();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.MentionImpl <em>Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.MentionImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getMention()
		 * @generated
		 */
		EClass MENTION = eINSTANCE.getMention();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MENTION__DOCUMENT = eINSTANCE.getMention_Document();

		/**
		 * The meta object literal for the '<em><b>Span</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MENTION__SPAN = eINSTANCE.getMention_Span();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__TEXT = eINSTANCE.getMention_Text();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MENTION__ACTOR = eINSTANCE.getMention_Actor();

		/**
		 * The meta object literal for the '<em><b>Extractor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__EXTRACTOR_ID = eINSTANCE.getMention_ExtractorId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__STATUS = eINSTANCE.getMention_Status();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.ClaimImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__DOCUMENT = eINSTANCE.getClaim_Document();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__SOURCE = eINSTANCE.getClaim_Source();

		/**
		 * The meta object literal for the '<em><b>Source Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__SOURCE_TEXT = eINSTANCE.getClaim_SourceText();

		/**
		 * The meta object literal for the '<em><b>Source Span</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__SOURCE_SPAN = eINSTANCE.getClaim_SourceSpan();

		/**
		 * The meta object literal for the '<em><b>Cue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__CUE = eINSTANCE.getClaim_Cue();

		/**
		 * The meta object literal for the '<em><b>Cue Span</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__CUE_SPAN = eINSTANCE.getClaim_CueSpan();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__CONTENT = eINSTANCE.getClaim_Content();

		/**
		 * The meta object literal for the '<em><b>Content Span</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__CONTENT_SPAN = eINSTANCE.getClaim_ContentSpan();

		/**
		 * The meta object literal for the '<em><b>Content Parts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__CONTENT_PARTS = eINSTANCE.getClaim_ContentParts();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__TYPE = eINSTANCE.getClaim_Type();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__MODALITY = eINSTANCE.getClaim_Modality();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__CONFIDENCE = eINSTANCE.getClaim_Confidence();

		/**
		 * The meta object literal for the '<em><b>Polarity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__POLARITY = eINSTANCE.getClaim_Polarity();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__TARGETS = eINSTANCE.getClaim_Targets();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__TOPICS = eINSTANCE.getClaim_Topics();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__STATUS = eINSTANCE.getClaim_Status();

		/**
		 * The meta object literal for the '<em><b>Extractor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__EXTRACTOR_ID = eINSTANCE.getClaim_ExtractorId();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__NOTE = eINSTANCE.getClaim_Note();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__RULE = eINSTANCE.getClaim_Rule();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__HIDDEN = eINSTANCE.getClaim_Hidden();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.ClaimRelationImpl <em>Claim Relation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.ClaimRelationImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getClaimRelation()
		 * @generated
		 */
		EClass CLAIM_RELATION = eINSTANCE.getClaimRelation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__KIND = eINSTANCE.getClaimRelation_Kind();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM_RELATION__FROM = eINSTANCE.getClaimRelation_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM_RELATION__TO = eINSTANCE.getClaimRelation_To();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__REASON = eINSTANCE.getClaimRelation_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__STATUS = eINSTANCE.getClaimRelation_Status();

		/**
		 * The meta object literal for the '<em><b>Producer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__PRODUCER_ID = eINSTANCE.getClaimRelation_ProducerId();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.HypothesisImpl <em>Hypothesis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.HypothesisImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getHypothesis()
		 * @generated
		 */
		EClass HYPOTHESIS = eINSTANCE.getHypothesis();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPOTHESIS__LABEL = eINSTANCE.getHypothesis_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPOTHESIS__DESCRIPTION = eINSTANCE.getHypothesis_Description();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.AssessmentImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Claim</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CLAIM = eINSTANCE.getAssessment_Claim();

		/**
		 * The meta object literal for the '<em><b>Hypothesis</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__HYPOTHESIS = eINSTANCE.getAssessment_Hypothesis();

		/**
		 * The meta object literal for the '<em><b>Consistency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__CONSISTENCY = eINSTANCE.getAssessment_Consistency();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__WEIGHT = eINSTANCE.getAssessment_Weight();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__NOTE = eINSTANCE.getAssessment_Note();

		/**
		 * The meta object literal for the '{@link org.sightline.model.impl.SavedFilterImpl <em>Saved Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.impl.SavedFilterImpl
		 * @see org.sightline.model.impl.SightlinePackageImpl#getSavedFilter()
		 * @generated
		 */
		EClass SAVED_FILTER = eINSTANCE.getSavedFilter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_FILTER__NAME = eINSTANCE.getSavedFilter_Name();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_FILTER__QUERY = eINSTANCE.getSavedFilter_Query();

		/**
		 * The meta object literal for the '{@link org.sightline.model.StructureKind <em>Structure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.StructureKind
		 * @see org.sightline.model.impl.SightlinePackageImpl#getStructureKind()
		 * @generated
		 */
		EEnum STRUCTURE_KIND = eINSTANCE.getStructureKind();

		/**
		 * The meta object literal for the '{@link org.sightline.model.ActorKind <em>Actor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.ActorKind
		 * @see org.sightline.model.impl.SightlinePackageImpl#getActorKind()
		 * @generated
		 */
		EEnum ACTOR_KIND = eINSTANCE.getActorKind();

		/**
		 * The meta object literal for the '{@link org.sightline.model.ClaimType <em>Claim Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.ClaimType
		 * @see org.sightline.model.impl.SightlinePackageImpl#getClaimType()
		 * @generated
		 */
		EEnum CLAIM_TYPE = eINSTANCE.getClaimType();

		/**
		 * The meta object literal for the '{@link org.sightline.model.Modality <em>Modality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.Modality
		 * @see org.sightline.model.impl.SightlinePackageImpl#getModality()
		 * @generated
		 */
		EEnum MODALITY = eINSTANCE.getModality();

		/**
		 * The meta object literal for the '{@link org.sightline.model.Polarity <em>Polarity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.Polarity
		 * @see org.sightline.model.impl.SightlinePackageImpl#getPolarity()
		 * @generated
		 */
		EEnum POLARITY = eINSTANCE.getPolarity();

		/**
		 * The meta object literal for the '{@link org.sightline.model.ReviewStatus <em>Review Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.ReviewStatus
		 * @see org.sightline.model.impl.SightlinePackageImpl#getReviewStatus()
		 * @generated
		 */
		EEnum REVIEW_STATUS = eINSTANCE.getReviewStatus();

		/**
		 * The meta object literal for the '{@link org.sightline.model.RelationKind <em>Relation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.RelationKind
		 * @see org.sightline.model.impl.SightlinePackageImpl#getRelationKind()
		 * @generated
		 */
		EEnum RELATION_KIND = eINSTANCE.getRelationKind();

		/**
		 * The meta object literal for the '{@link org.sightline.model.Consistency <em>Consistency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sightline.model.Consistency
		 * @see org.sightline.model.impl.SightlinePackageImpl#getConsistency()
		 * @generated
		 */
		EEnum CONSISTENCY = eINSTANCE.getConsistency();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.sightline.model.impl.SightlinePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.sightline.model.impl.SightlinePackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //SightlinePackage
