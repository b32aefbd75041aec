package io.sekisho.core.demo;

import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Organization;

/** The incident contact chart of the demo hospital (checklist 3-(1)); phone numbers are fictional. */
final class DemoContacts {

	private final DemoContext c;
	private final DemoOrganizations orgs;
	private int order;

	DemoContacts(DemoContext c, DemoOrganizations orgs) {
		this.c = c;
		this.orgs = orgs;
	}

	void build() {
		add("第一報の受付・院内調整", true, null, "厚労記念病院 情報システム室", "情報 守（室長）", "内線 2100", "johosys@kourou-kinen.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		add("診療継続の判断", true, null, "厚労記念病院", "厚労 太郎（院長）", "内線 1000", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add("事務部門・広報", true, null, "厚労記念病院 事務部", "事務長", "内線 1100", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add("電子カルテ・レセコンの調査と復旧", false, orgs.ehrVendor, null, "カスタマーサポート（24時間）", "0120-000-101", "support@mirai-medical.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add("ネットワークの遮断・調査", false, orgs.networkIntegrator, null, "NOC", "03-0000-0202", "noc@hikari-ns.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add("医療機器の安全確認", false, orgs.medicalDeviceVendor, null, "サービスセンター", "0120-000-303", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add("給食系 VPN の遮断", false, orgs.caterer, null, "システム担当", "03-0000-0404", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add("警察への相談・被害届", false, null, "都道府県警察 サイバー犯罪相談窓口", null, "#9110", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add("行政への報告", false, null, "厚生労働省・都道府県の医療担当部署", null, null, null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void add(String role, boolean internal, Organization organization, String organizationName, String person, String phone, String mail) {
		order++;
		Contact contact = c.withId(c.f.createContact(), "contact/" + order); //$NON-NLS-1$
		contact.setRole(role);
		contact.setInternal(internal);
		contact.setOrganization(organization);
		contact.setOrganizationName(organizationName != null ? organizationName : organization.getName());
		contact.setPerson(person);
		contact.setPhone(phone);
		contact.setMail(mail);
		contact.setOrder(order);
		c.workbook.getContacts().add(contact);
	}
}
