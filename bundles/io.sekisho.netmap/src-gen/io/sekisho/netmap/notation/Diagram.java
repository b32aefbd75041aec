/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.netmap.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The network map of one facility workbook.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.netmap.notation.Diagram#getWorkbookId <em>Workbook Id</em>}</li>
 *   <li>{@link io.sekisho.netmap.notation.Diagram#getViewport <em>Viewport</em>}</li>
 *   <li>{@link io.sekisho.netmap.notation.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link io.sekisho.netmap.notation.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see io.sekisho.netmap.notation.NotationPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Workbook Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the facility workbook this map draws.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workbook Id</em>' attribute.
	 * @see #setWorkbookId(String)
	 * @see io.sekisho.netmap.notation.NotationPackage#getDiagram_WorkbookId()
	 * @model
	 * @generated
	 */
	String getWorkbookId();

	/**
	 * Sets the value of the '{@link io.sekisho.netmap.notation.Diagram#getWorkbookId <em>Workbook Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workbook Id</em>' attribute.
	 * @see #getWorkbookId()
	 * @generated
	 */
	void setWorkbookId(String value);

	/**
	 * Returns the value of the '<em><b>Viewport</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Viewport</em>' containment reference.
	 * @see #setViewport(Viewport)
	 * @see io.sekisho.netmap.notation.NotationPackage#getDiagram_Viewport()
	 * @model containment="true"
	 * @generated
	 */
	Viewport getViewport();

	/**
	 * Sets the value of the '{@link io.sekisho.netmap.notation.Diagram#getViewport <em>Viewport</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Viewport</em>' containment reference.
	 * @see #getViewport()
	 * @generated
	 */
	void setViewport(Viewport value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.netmap.notation.NodeFigure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see io.sekisho.netmap.notation.NotationPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeFigure> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.netmap.notation.EdgeFigure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see io.sekisho.netmap.notation.NotationPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeFigure> getEdges();

} // Diagram
