package io.sekisho.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.internal.Messages;

/**
 * A URI converter that opens only the files it was told about: a facility file names other documents only by
 * mistake or malice (an {@code href} to a web server or a Windows share would send a request, on Windows with the
 * user's credentials). Every other URI is refused without any connection.
 */
public final class LocalOnlyURIConverter extends ExtensibleURIConverterImpl {

	private final Set<URI> allowed = ConcurrentHashMap.newKeySet();

	/** Allows reading and writing {@code uri} (without fragment). */
	public LocalOnlyURIConverter allow(URI uri) {
		allowed.add(uri.trimFragment());
		return this;
	}

	public boolean allows(URI uri) {
		return allowed.contains(uri.trimFragment());
	}

	private void check(URI uri) throws IOException {
		if (!allows(uri)) {
			throw new IOException(NLS.bind(Messages.Load_externalReference, uri));
		}
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.createInputStream(uri, options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.createOutputStream(uri, options);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return allows(uri) && super.exists(uri, options);
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return allows(uri) ? super.getAttributes(uri, options) : Map.of();
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		super.delete(uri, options);
	}
}
