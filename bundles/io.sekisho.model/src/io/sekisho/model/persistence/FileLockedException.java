package io.sekisho.model.persistence;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.internal.Messages;

/** A facility file is open for editing elsewhere (its lock file names who); nothing was written. */
public class FileLockedException extends IOException {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final transient FacilityLock.Holder holder;

	public FileLockedException(String file, FacilityLock.Holder holder) {
		super(NLS.bind(Messages.Lock_held, new Object[] { file, holder.user(), holder.host(), holder.sinceText() }));
		this.file = file;
		this.holder = holder;
	}

	public String file() {
		return file;
	}

	public FacilityLock.Holder holder() {
		return holder;
	}
}
