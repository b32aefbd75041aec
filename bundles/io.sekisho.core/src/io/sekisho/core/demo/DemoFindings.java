package io.sekisho.core.demo;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.Severity;

/** A few findings as the modules (and an integrator) would have recorded them. */
final class DemoFindings {

	private final DemoContext c;
	private final DemoDevices devices;

	DemoFindings(DemoContext c, DemoDevices devices) {
		this.c = c;
		this.devices = devices;
	}

	void build() {
		// the FortiGate's known exploited vulnerability is a finding of the firmware register's matching
		add("vpn-source", Severity.HIGH, "manual", "vpn-without-source-restriction", devices.fortigate, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"保守用 VPN に接続元 IP アドレスの制限がありません。", //$NON-NLS-1$
				"ベンダー保守拠点の固定 IP アドレスからの接続だけを許可する。", LocalDate.of(2025, 8, 31), FindingStatus.OPEN); //$NON-NLS-1$
		add("shared-admin", Severity.HIGH, "password", "reused-in-facility", devices.ehrPrimary, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"EHR-SV01・EHR-SV02・RECE-SV01 の Administrator が同じパスワードです。", //$NON-NLS-1$
				"サーバごとに 13 文字以上のランダムなパスワードへ変更する。", LocalDate.of(2025, 7, 31), FindingStatus.OPEN); //$NON-NLS-1$
		add("antivirus-stopped", Severity.MEDIUM, "manual", "antivirus-not-running", devices.ehrPrimary, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"EHR-SV01 のウイルス対策ソフトが停止しています。", //$NON-NLS-1$
				"除外設定で性能問題を解決できないかベンダーと確認し、常駐を再開する。", LocalDate.of(2025, 12, 26), FindingStatus.OPEN); //$NON-NLS-1$
	}

	private void add(String key, Severity severity, String source, String code, EObject subject, String text, String remediation, LocalDate due,
			FindingStatus status) {
		Finding finding = c.withId(c.f.createFinding(), "finding/" + key); //$NON-NLS-1$
		finding.setSeverity(severity);
		finding.setSource(source);
		finding.setCode(code);
		finding.setSubject(subject);
		finding.setText(text);
		finding.setRemediation(remediation);
		finding.setDueDate(due);
		finding.setStatus(status);
		c.workbook.getFindings().add(finding);
	}
}
