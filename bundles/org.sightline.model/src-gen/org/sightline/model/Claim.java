/**
 */
package org.sightline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An attributed statement: source (may be absent) + cue + content, each with the span it came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.Claim#getDocument <em>Document</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getSource <em>Source</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getSourceText <em>Source Text</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getSourceSpan <em>Source Span</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getCue <em>Cue</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getCueSpan <em>Cue Span</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getContent <em>Content</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getContentSpan <em>Content Span</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getContentParts <em>Content Parts</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getType <em>Type</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getModality <em>Modality</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getExtractorId <em>Extractor Id</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getNote <em>Note</em>}</li>
 *   <li>{@link org.sightline.model.Claim#getRule <em>Rule</em>}</li>
 *   <li>{@link org.sightline.model.Claim#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @see org.sightline.model.SightlinePackage#getClaim()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='textsMatchSpans confidenceInRange referencesInCorpus'"
 * @generated
 */
public interface Claim extends Identified {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.sightline.model.SightlinePackage#getClaim_Document()
	 * @model required="true"
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Actor)
	 * @see org.sightline.model.SightlinePackage#getClaim_Source()
	 * @model
	 * @generated
	 */
	Actor getSource();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Actor value);

	/**
	 * Returns the value of the '<em><b>Source Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Text</em>' attribute.
	 * @see #setSourceText(String)
	 * @see org.sightline.model.SightlinePackage#getClaim_SourceText()
	 * @model
	 * @generated
	 */
	String getSourceText();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getSourceText <em>Source Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Text</em>' attribute.
	 * @see #getSourceText()
	 * @generated
	 */
	void setSourceText(String value);

	/**
	 * Returns the value of the '<em><b>Source Span</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Span</em>' containment reference.
	 * @see #setSourceSpan(TextSpan)
	 * @see org.sightline.model.SightlinePackage#getClaim_SourceSpan()
	 * @model containment="true"
	 * @generated
	 */
	TextSpan getSourceSpan();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getSourceSpan <em>Source Span</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Span</em>' containment reference.
	 * @see #getSourceSpan()
	 * @generated
	 */
	void setSourceSpan(TextSpan value);

	/**
	 * Returns the value of the '<em><b>Cue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cue</em>' attribute.
	 * @see #setCue(String)
	 * @see org.sightline.model.SightlinePackage#getClaim_Cue()
	 * @model
	 * @generated
	 */
	String getCue();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getCue <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cue</em>' attribute.
	 * @see #getCue()
	 * @generated
	 */
	void setCue(String value);

	/**
	 * Returns the value of the '<em><b>Cue Span</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cue Span</em>' containment reference.
	 * @see #setCueSpan(TextSpan)
	 * @see org.sightline.model.SightlinePackage#getClaim_CueSpan()
	 * @model containment="true"
	 * @generated
	 */
	TextSpan getCueSpan();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getCueSpan <em>Cue Span</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cue Span</em>' containment reference.
	 * @see #getCueSpan()
	 * @generated
	 */
	void setCueSpan(TextSpan value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.sightline.model.SightlinePackage#getClaim_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Content Span</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Span</em>' containment reference.
	 * @see #setContentSpan(TextSpan)
	 * @see org.sightline.model.SightlinePackage#getClaim_ContentSpan()
	 * @model containment="true"
	 * @generated
	 */
	TextSpan getContentSpan();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getContentSpan <em>Content Span</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Span</em>' containment reference.
	 * @see #getContentSpan()
	 * @generated
	 */
	void setContentSpan(TextSpan value);

	/**
	 * Returns the value of the '<em><b>Content Parts</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.TextSpan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further pieces of a discontinuous content (a quote continued after "she said"), in text order after contentSpan; content is then the covered texts of contentSpan and each part joined with " … ".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Parts</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getClaim_ContentParts()
	 * @model containment="true"
	 * @generated
	 */
	EList<TextSpan> getContentParts();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.ClaimType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.sightline.model.ClaimType
	 * @see #setType(ClaimType)
	 * @see org.sightline.model.SightlinePackage#getClaim_Type()
	 * @model
	 * @generated
	 */
	ClaimType getType();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.sightline.model.ClaimType
	 * @see #getType()
	 * @generated
	 */
	void setType(ClaimType value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.Modality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see org.sightline.model.Modality
	 * @see #setModality(Modality)
	 * @see org.sightline.model.SightlinePackage#getClaim_Modality()
	 * @model
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see org.sightline.model.Modality
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0..1, following words of estimative probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see org.sightline.model.SightlinePackage#getClaim_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Polarity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.Polarity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Polarity</em>' attribute.
	 * @see org.sightline.model.Polarity
	 * @see #setPolarity(Polarity)
	 * @see org.sightline.model.SightlinePackage#getClaim_Polarity()
	 * @model
	 * @generated
	 */
	Polarity getPolarity();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getPolarity <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Polarity</em>' attribute.
	 * @see org.sightline.model.Polarity
	 * @see #getPolarity()
	 * @generated
	 */
	void setPolarity(Polarity value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.sightline.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.sightline.model.SightlinePackage#getClaim_Targets()
	 * @model
	 * @generated
	 */
	EList<Actor> getTargets();

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topics</em>' attribute list.
	 * @see org.sightline.model.SightlinePackage#getClaim_Topics()
	 * @model
	 * @generated
	 */
	EList<String> getTopics();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.ReviewStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.sightline.model.ReviewStatus
	 * @see #setStatus(ReviewStatus)
	 * @see org.sightline.model.SightlinePackage#getClaim_Status()
	 * @model
	 * @generated
	 */
	ReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.sightline.model.ReviewStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReviewStatus value);

	/**
	 * Returns the value of the '<em><b>Extractor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extractor Id</em>' attribute.
	 * @see #setExtractorId(String)
	 * @see org.sightline.model.SightlinePackage#getClaim_ExtractorId()
	 * @model
	 * @generated
	 */
	String getExtractorId();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getExtractorId <em>Extractor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extractor Id</em>' attribute.
	 * @see #getExtractorId()
	 * @generated
	 */
	void setExtractorId(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.sightline.model.SightlinePackage#getClaim_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the extraction rule that produced the claim (see docs/extraction.md); null for claims made by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see #setRule(String)
	 * @see org.sightline.model.SightlinePackage#getClaim_Rule()
	 * @model
	 * @generated
	 */
	String getRule();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(String value);

	/**
	 * Returns the value of the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hidden by the analyst: kept in the workspace, left out of views and analyses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see org.sightline.model.SightlinePackage#getClaim_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link org.sightline.model.Claim#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

} // Claim
