/**
 */
package org.sightline.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.eclipse.emf.ecore.util.InternalEList;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlinePackage;
import org.sightline.model.TextSpan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getSourceText <em>Source Text</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getSourceSpan <em>Source Span</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getCue <em>Cue</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getCueSpan <em>Cue Span</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getContentSpan <em>Content Span</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getContentParts <em>Content Parts</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getExtractorId <em>Extractor Id</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#getRule <em>Rule</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimImpl#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimImpl extends IdentifiedImpl implements Claim {
	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected Document document;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Actor source;

	/**
	 * The default value of the '{@link #getSourceText() <em>Source Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceText()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceText() <em>Source Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceText()
	 * @generated
	 * @ordered
	 */
	protected String sourceText = SOURCE_TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceSpan() <em>Source Span</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceSpan()
	 * @generated
	 * @ordered
	 */
	protected TextSpan sourceSpan;

	/**
	 * The default value of the '{@link #getCue() <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCue()
	 * @generated
	 * @ordered
	 */
	protected static final String CUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCue() <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCue()
	 * @generated
	 * @ordered
	 */
	protected String cue = CUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCueSpan() <em>Cue Span</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCueSpan()
	 * @generated
	 * @ordered
	 */
	protected TextSpan cueSpan;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContentSpan() <em>Content Span</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentSpan()
	 * @generated
	 * @ordered
	 */
	protected TextSpan contentSpan;

	/**
	 * The cached value of the '{@link #getContentParts() <em>Content Parts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentParts()
	 * @generated
	 * @ordered
	 */
	protected EList<TextSpan> contentParts;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ClaimType TYPE_EDEFAULT = ClaimType.ANNOUNCEMENT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ClaimType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final Modality MODALITY_EDEFAULT = Modality.ASSERTED;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected Modality modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected static final Polarity POLARITY_EDEFAULT = Polarity.POSITIVE;

	/**
	 * The cached value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected Polarity polarity = POLARITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> targets;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> topics;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewStatus STATUS_EDEFAULT = ReviewStatus.EXTRACTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ReviewStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtractorId() <em>Extractor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtractorId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTRACTOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtractorId() <em>Extractor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtractorId()
	 * @generated
	 * @ordered
	 */
	protected String extractorId = EXTRACTOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected String rule = RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected boolean hidden = HIDDEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SightlinePackage.Literals.CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (Document)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SightlinePackage.CLAIM__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		Document oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Actor)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SightlinePackage.CLAIM__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Actor newSource) {
		Actor oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceText() {
		return sourceText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceText(String newSourceText) {
		String oldSourceText = sourceText;
		sourceText = newSourceText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__SOURCE_TEXT, oldSourceText, sourceText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextSpan getSourceSpan() {
		return sourceSpan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSourceSpan(TextSpan newSourceSpan, NotificationChain msgs) {
		TextSpan oldSourceSpan = sourceSpan;
		sourceSpan = newSourceSpan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__SOURCE_SPAN, oldSourceSpan, newSourceSpan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceSpan(TextSpan newSourceSpan) {
		if (newSourceSpan != sourceSpan) {
			NotificationChain msgs = null;
			if (sourceSpan != null)
				msgs = ((InternalEObject)sourceSpan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SightlinePackage.CLAIM__SOURCE_SPAN, null, msgs);
			if (newSourceSpan != null)
				msgs = ((InternalEObject)newSourceSpan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SightlinePackage.CLAIM__SOURCE_SPAN, null, msgs);
			msgs = basicSetSourceSpan(newSourceSpan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__SOURCE_SPAN, newSourceSpan, newSourceSpan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCue() {
		return cue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCue(String newCue) {
		String oldCue = cue;
		cue = newCue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__CUE, oldCue, cue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextSpan getCueSpan() {
		return cueSpan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCueSpan(TextSpan newCueSpan, NotificationChain msgs) {
		TextSpan oldCueSpan = cueSpan;
		cueSpan = newCueSpan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__CUE_SPAN, oldCueSpan, newCueSpan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCueSpan(TextSpan newCueSpan) {
		if (newCueSpan != cueSpan) {
			NotificationChain msgs = null;
			if (cueSpan != null)
				msgs = ((InternalEObject)cueSpan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SightlinePackage.CLAIM__CUE_SPAN, null, msgs);
			if (newCueSpan != null)
				msgs = ((InternalEObject)newCueSpan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SightlinePackage.CLAIM__CUE_SPAN, null, msgs);
			msgs = basicSetCueSpan(newCueSpan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__CUE_SPAN, newCueSpan, newCueSpan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextSpan getContentSpan() {
		return contentSpan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContentSpan(TextSpan newContentSpan, NotificationChain msgs) {
		TextSpan oldContentSpan = contentSpan;
		contentSpan = newContentSpan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__CONTENT_SPAN, oldContentSpan, newContentSpan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentSpan(TextSpan newContentSpan) {
		if (newContentSpan != contentSpan) {
			NotificationChain msgs = null;
			if (contentSpan != null)
				msgs = ((InternalEObject)contentSpan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SightlinePackage.CLAIM__CONTENT_SPAN, null, msgs);
			if (newContentSpan != null)
				msgs = ((InternalEObject)newContentSpan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SightlinePackage.CLAIM__CONTENT_SPAN, null, msgs);
			msgs = basicSetContentSpan(newContentSpan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__CONTENT_SPAN, newContentSpan, newContentSpan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TextSpan> getContentParts() {
		if (contentParts == null) {
			contentParts = new EObjectContainmentEList<TextSpan>(TextSpan.class, this, SightlinePackage.CLAIM__CONTENT_PARTS);
		}
		return contentParts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ClaimType newType) {
		ClaimType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modality getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(Modality newModality) {
		Modality oldModality = modality;
		modality = newModality == null ? MODALITY_EDEFAULT : newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polarity getPolarity() {
		return polarity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolarity(Polarity newPolarity) {
		Polarity oldPolarity = polarity;
		polarity = newPolarity == null ? POLARITY_EDEFAULT : newPolarity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__POLARITY, oldPolarity, polarity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getTargets() {
		if (targets == null) {
			targets = new EObjectResolvingEList<Actor>(Actor.class, this, SightlinePackage.CLAIM__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTopics() {
		if (topics == null) {
			topics = new EDataTypeUniqueEList<String>(String.class, this, SightlinePackage.CLAIM__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ReviewStatus newStatus) {
		ReviewStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExtractorId() {
		return extractorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtractorId(String newExtractorId) {
		String oldExtractorId = extractorId;
		extractorId = newExtractorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__EXTRACTOR_ID, oldExtractorId, extractorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(String newRule) {
		String oldRule = rule;
		rule = newRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__RULE, oldRule, rule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHidden() {
		return hidden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHidden(boolean newHidden) {
		boolean oldHidden = hidden;
		hidden = newHidden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM__HIDDEN, oldHidden, hidden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SightlinePackage.CLAIM__SOURCE_SPAN:
				return basicSetSourceSpan(null, msgs);
			case SightlinePackage.CLAIM__CUE_SPAN:
				return basicSetCueSpan(null, msgs);
			case SightlinePackage.CLAIM__CONTENT_SPAN:
				return basicSetContentSpan(null, msgs);
			case SightlinePackage.CLAIM__CONTENT_PARTS:
				return ((InternalEList<?>)getContentParts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SightlinePackage.CLAIM__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case SightlinePackage.CLAIM__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case SightlinePackage.CLAIM__SOURCE_TEXT:
				return getSourceText();
			case SightlinePackage.CLAIM__SOURCE_SPAN:
				return getSourceSpan();
			case SightlinePackage.CLAIM__CUE:
				return getCue();
			case SightlinePackage.CLAIM__CUE_SPAN:
				return getCueSpan();
			case SightlinePackage.CLAIM__CONTENT:
				return getContent();
			case SightlinePackage.CLAIM__CONTENT_SPAN:
				return getContentSpan();
			case SightlinePackage.CLAIM__CONTENT_PARTS:
				return getContentParts();
			case SightlinePackage.CLAIM__TYPE:
				return getType();
			case SightlinePackage.CLAIM__MODALITY:
				return getModality();
			case SightlinePackage.CLAIM__CONFIDENCE:
				return getConfidence();
			case SightlinePackage.CLAIM__POLARITY:
				return getPolarity();
			case SightlinePackage.CLAIM__TARGETS:
				return getTargets();
			case SightlinePackage.CLAIM__TOPICS:
				return getTopics();
			case SightlinePackage.CLAIM__STATUS:
				return getStatus();
			case SightlinePackage.CLAIM__EXTRACTOR_ID:
				return getExtractorId();
			case SightlinePackage.CLAIM__NOTE:
				return getNote();
			case SightlinePackage.CLAIM__RULE:
				return getRule();
			case SightlinePackage.CLAIM__HIDDEN:
				return isHidden();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SightlinePackage.CLAIM__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case SightlinePackage.CLAIM__SOURCE:
				setSource((Actor)newValue);
				return;
			case SightlinePackage.CLAIM__SOURCE_TEXT:
				setSourceText((String)newValue);
				return;
			case SightlinePackage.CLAIM__SOURCE_SPAN:
				setSourceSpan((TextSpan)newValue);
				return;
			case SightlinePackage.CLAIM__CUE:
				setCue((String)newValue);
				return;
			case SightlinePackage.CLAIM__CUE_SPAN:
				setCueSpan((TextSpan)newValue);
				return;
			case SightlinePackage.CLAIM__CONTENT:
				setContent((String)newValue);
				return;
			case SightlinePackage.CLAIM__CONTENT_SPAN:
				setContentSpan((TextSpan)newValue);
				return;
			case SightlinePackage.CLAIM__CONTENT_PARTS:
				getContentParts().clear();
				getContentParts().addAll((Collection<? extends TextSpan>)newValue);
				return;
			case SightlinePackage.CLAIM__TYPE:
				setType((ClaimType)newValue);
				return;
			case SightlinePackage.CLAIM__MODALITY:
				setModality((Modality)newValue);
				return;
			case SightlinePackage.CLAIM__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case SightlinePackage.CLAIM__POLARITY:
				setPolarity((Polarity)newValue);
				return;
			case SightlinePackage.CLAIM__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Actor>)newValue);
				return;
			case SightlinePackage.CLAIM__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends String>)newValue);
				return;
			case SightlinePackage.CLAIM__STATUS:
				setStatus((ReviewStatus)newValue);
				return;
			case SightlinePackage.CLAIM__EXTRACTOR_ID:
				setExtractorId((String)newValue);
				return;
			case SightlinePackage.CLAIM__NOTE:
				setNote((String)newValue);
				return;
			case SightlinePackage.CLAIM__RULE:
				setRule((String)newValue);
				return;
			case SightlinePackage.CLAIM__HIDDEN:
				setHidden((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SightlinePackage.CLAIM__DOCUMENT:
				setDocument((Document)null);
				return;
			case SightlinePackage.CLAIM__SOURCE:
				setSource((Actor)null);
				return;
			case SightlinePackage.CLAIM__SOURCE_TEXT:
				setSourceText(SOURCE_TEXT_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__SOURCE_SPAN:
				setSourceSpan((TextSpan)null);
				return;
			case SightlinePackage.CLAIM__CUE:
				setCue(CUE_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__CUE_SPAN:
				setCueSpan((TextSpan)null);
				return;
			case SightlinePackage.CLAIM__CONTENT:
				setContent(CONTENT_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__CONTENT_SPAN:
				setContentSpan((TextSpan)null);
				return;
			case SightlinePackage.CLAIM__CONTENT_PARTS:
				getContentParts().clear();
				return;
			case SightlinePackage.CLAIM__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__POLARITY:
				setPolarity(POLARITY_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__TARGETS:
				getTargets().clear();
				return;
			case SightlinePackage.CLAIM__TOPICS:
				getTopics().clear();
				return;
			case SightlinePackage.CLAIM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__EXTRACTOR_ID:
				setExtractorId(EXTRACTOR_ID_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__RULE:
				setRule(RULE_EDEFAULT);
				return;
			case SightlinePackage.CLAIM__HIDDEN:
				setHidden(HIDDEN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SightlinePackage.CLAIM__DOCUMENT:
				return document != null;
			case SightlinePackage.CLAIM__SOURCE:
				return source != null;
			case SightlinePackage.CLAIM__SOURCE_TEXT:
				return SOURCE_TEXT_EDEFAULT == null ? sourceText != null : !SOURCE_TEXT_EDEFAULT.equals(sourceText);
			case SightlinePackage.CLAIM__SOURCE_SPAN:
				return sourceSpan != null;
			case SightlinePackage.CLAIM__CUE:
				return CUE_EDEFAULT == null ? cue != null : !CUE_EDEFAULT.equals(cue);
			case SightlinePackage.CLAIM__CUE_SPAN:
				return cueSpan != null;
			case SightlinePackage.CLAIM__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
			case SightlinePackage.CLAIM__CONTENT_SPAN:
				return contentSpan != null;
			case SightlinePackage.CLAIM__CONTENT_PARTS:
				return contentParts != null && !contentParts.isEmpty();
			case SightlinePackage.CLAIM__TYPE:
				return type != TYPE_EDEFAULT;
			case SightlinePackage.CLAIM__MODALITY:
				return modality != MODALITY_EDEFAULT;
			case SightlinePackage.CLAIM__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case SightlinePackage.CLAIM__POLARITY:
				return polarity != POLARITY_EDEFAULT;
			case SightlinePackage.CLAIM__TARGETS:
				return targets != null && !targets.isEmpty();
			case SightlinePackage.CLAIM__TOPICS:
				return topics != null && !topics.isEmpty();
			case SightlinePackage.CLAIM__STATUS:
				return status != STATUS_EDEFAULT;
			case SightlinePackage.CLAIM__EXTRACTOR_ID:
				return EXTRACTOR_ID_EDEFAULT == null ? extractorId != null : !EXTRACTOR_ID_EDEFAULT.equals(extractorId);
			case SightlinePackage.CLAIM__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case SightlinePackage.CLAIM__RULE:
				return RULE_EDEFAULT == null ? rule != null : !RULE_EDEFAULT.equals(rule);
			case SightlinePackage.CLAIM__HIDDEN:
				return hidden != HIDDEN_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sourceText: ");
		result.append(sourceText);
		result.append(", cue: ");
		result.append(cue);
		result.append(", content: ");
		result.append(content);
		result.append(", type: ");
		result.append(type);
		result.append(", modality: ");
		result.append(modality);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", polarity: ");
		result.append(polarity);
		result.append(", topics: ");
		result.append(topics);
		result.append(", status: ");
		result.append(status);
		result.append(", extractorId: ");
		result.append(extractorId);
		result.append(", note: ");
		result.append(note);
		result.append(", rule: ");
		result.append(rule);
		result.append(", hidden: ");
		result.append(hidden);
		result.append(')');
		return result.toString();
	}

} //ClaimImpl
