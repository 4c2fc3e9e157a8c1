/**
 */
package org.sightline.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.sightline.model.Actor;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlinePackage;
import org.sightline.model.TextSpan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.impl.MentionImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.sightline.model.impl.MentionImpl#getSpan <em>Span</em>}</li>
 *   <li>{@link org.sightline.model.impl.MentionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.sightline.model.impl.MentionImpl#getActor <em>Actor</em>}</li>
 *   <li>{@link org.sightline.model.impl.MentionImpl#getExtractorId <em>Extractor Id</em>}</li>
 *   <li>{@link org.sightline.model.impl.MentionImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MentionImpl extends IdentifiedImpl implements Mention {
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
	 * The cached value of the '{@link #getSpan() <em>Span</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpan()
	 * @generated
	 * @ordered
	 */
	protected TextSpan span;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MentionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SightlinePackage.Literals.MENTION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SightlinePackage.MENTION__DOCUMENT, oldDocument, document));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.MENTION__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextSpan getSpan() {
		return span;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSpan(TextSpan newSpan, NotificationChain msgs) {
		TextSpan oldSpan = span;
		span = newSpan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SightlinePackage.MENTION__SPAN, oldSpan, newSpan);
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
	public void setSpan(TextSpan newSpan) {
		if (newSpan != span) {
			NotificationChain msgs = null;
			if (span != null)
				msgs = ((InternalEObject)span).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SightlinePackage.MENTION__SPAN, null, msgs);
			if (newSpan != null)
				msgs = ((InternalEObject)newSpan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SightlinePackage.MENTION__SPAN, null, msgs);
			msgs = basicSetSpan(newSpan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.MENTION__SPAN, newSpan, newSpan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.MENTION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getActor() {
		if (eContainerFeatureID() != SightlinePackage.MENTION__ACTOR) return null;
		return (Actor)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetActor(Actor newActor, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newActor, SightlinePackage.MENTION__ACTOR, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActor(Actor newActor) {
		if (newActor != eInternalContainer() || (eContainerFeatureID() != SightlinePackage.MENTION__ACTOR && newActor != null)) {
			if (EcoreUtil.isAncestor(this, newActor))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newActor != null)
				msgs = ((InternalEObject)newActor).eInverseAdd(this, SightlinePackage.ACTOR__MENTIONS, Actor.class, msgs);
			msgs = basicSetActor(newActor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.MENTION__ACTOR, newActor, newActor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.MENTION__EXTRACTOR_ID, oldExtractorId, extractorId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.MENTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SightlinePackage.MENTION__ACTOR:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetActor((Actor)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SightlinePackage.MENTION__SPAN:
				return basicSetSpan(null, msgs);
			case SightlinePackage.MENTION__ACTOR:
				return basicSetActor(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case SightlinePackage.MENTION__ACTOR:
				return eInternalContainer().eInverseRemove(this, SightlinePackage.ACTOR__MENTIONS, Actor.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SightlinePackage.MENTION__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case SightlinePackage.MENTION__SPAN:
				return getSpan();
			case SightlinePackage.MENTION__TEXT:
				return getText();
			case SightlinePackage.MENTION__ACTOR:
				return getActor();
			case SightlinePackage.MENTION__EXTRACTOR_ID:
				return getExtractorId();
			case SightlinePackage.MENTION__STATUS:
				return getStatus();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SightlinePackage.MENTION__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case SightlinePackage.MENTION__SPAN:
				setSpan((TextSpan)newValue);
				return;
			case SightlinePackage.MENTION__TEXT:
				setText((String)newValue);
				return;
			case SightlinePackage.MENTION__ACTOR:
				setActor((Actor)newValue);
				return;
			case SightlinePackage.MENTION__EXTRACTOR_ID:
				setExtractorId((String)newValue);
				return;
			case SightlinePackage.MENTION__STATUS:
				setStatus((ReviewStatus)newValue);
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
			case SightlinePackage.MENTION__DOCUMENT:
				setDocument((Document)null);
				return;
			case SightlinePackage.MENTION__SPAN:
				setSpan((TextSpan)null);
				return;
			case SightlinePackage.MENTION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case SightlinePackage.MENTION__ACTOR:
				setActor((Actor)null);
				return;
			case SightlinePackage.MENTION__EXTRACTOR_ID:
				setExtractorId(EXTRACTOR_ID_EDEFAULT);
				return;
			case SightlinePackage.MENTION__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case SightlinePackage.MENTION__DOCUMENT:
				return document != null;
			case SightlinePackage.MENTION__SPAN:
				return span != null;
			case SightlinePackage.MENTION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case SightlinePackage.MENTION__ACTOR:
				return getActor() != null;
			case SightlinePackage.MENTION__EXTRACTOR_ID:
				return EXTRACTOR_ID_EDEFAULT == null ? extractorId != null : !EXTRACTOR_ID_EDEFAULT.equals(extractorId);
			case SightlinePackage.MENTION__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (text: ");
		result.append(text);
		result.append(", extractorId: ");
		result.append(extractorId);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //MentionImpl
