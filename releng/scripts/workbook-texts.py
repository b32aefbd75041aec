#!/usr/bin/env python3
"""Generates sheets.properties (English) and sheets_ja.properties (Japanese, \\u escapes) of io.sekisho.workbook
from the table below: one place to edit both languages of the workbook texts. Run from the repository root."""
T = {
 # sheet names (at most 31 characters) and cover descriptions
 "sheet.cover": ("Cover", "表紙"),
 "sheet.summary": ("Summary", "サマリー"),
 "sheet.summary.description": ("Checklist progress, findings, password verdicts, firmware status", "チェックリスト進捗、指摘事項、パスワード判定、ファームウェア状況"),
 "sheet.checklist.medicalInstitution": ("Checklist (hospital)", "チェックリスト（医療機関確認用）"),
 "sheet.checklist.pharmacy": ("Checklist (pharmacy)", "チェックリスト（薬局確認用）"),
 "sheet.checklist.description": ("{0}: answers of the facility (1st and 2nd round)", "{0}：医療機関等の回答（1回目・2回目）"),
 "sheet.vendor": ("Vendor {0}", "事業者確認用（{0}）"),
 "sheet.vendor.description": ("Vendor form for {0}", "{0} 向けの事業者確認用"),
 "sheet.devices": ("Asset register", "機器台帳"),
 "sheet.devices.description": ("Servers, client PCs, network and medical devices", "サーバ、端末PC、ネットワーク機器、医療機器"),
 "sheet.connections": ("External connections", "外部接続点"),
 "sheet.connections.description": ("Connections that leave the facility", "施設外との接続（リモート保守、インターネット等）"),
 "sheet.accounts": ("Account audit", "アカウント監査"),
 "sheet.accounts.description": ("Accounts with the verdict on their password and what to do (no passwords)", "アカウントとパスワードの判定・対応（パスワードは含みません）"),
 "sheet.contacts": ("Incident contacts", "連絡体制"),
 "sheet.contacts.description": ("Who to call in an incident, inside and outside", "インシデント発生時の院内外の連絡先"),
 "sheet.findings": ("Findings and plan", "指摘事項・是正計画"),
 "sheet.findings.description": ("Findings with remediation and due dates", "指摘事項と是正内容・期限"),
 # cover
 "cover.title": ("Cybersecurity handover workbook", "サイバーセキュリティ対策 引き渡しブック"),
 "cover.confidential": ("CONFIDENTIAL - for the facility and its contractors only", "【取扱注意】関係者限り"),
 "cover.facility": ("Facility", "医療機関等名"),
 "cover.address": ("Address", "所在地"),
 "cover.integrator": ("Prepared by", "作成者（システム事業者）"),
 "cover.date": ("Date", "作成日"),
 "cover.edition": ("Checklist edition", "チェックリスト版"),
 "cover.contents": ("Contents", "目次"),
 "cover.sheet": ("Sheet", "シート"),
 "cover.about": ("Contents of the sheet", "内容"),
 "cover.none": ("-", "―"),
 # summary
 "summary.title": ("Summary", "サマリー"),
 "summary.progress": ("Checklist progress ({0})", "チェックリスト進捗（{0}）"),
 "summary.section": ("Section", "項目区分"),
 "summary.slots": ("Answers needed", "回答欄数"),
 "summary.answered": ("Answered", "回答済"),
 "summary.no": ("No", "いいえ"),
 "summary.noWithoutTarget": ("No without target date", "目標日未記入のいいえ"),
 "summary.total": ("Total", "合計"),
 "summary.findings": ("Findings by severity", "重要度別の指摘事項"),
 "summary.severity": ("Severity", "重要度"),
 "summary.open": ("Open", "未対応"),
 "summary.all": ("All", "全件"),
 "summary.passwords": ("Password verdicts", "パスワード判定"),
 "summary.verdict": ("Verdict", "判定"),
 "summary.accounts": ("Accounts", "アカウント数"),
 "summary.firmware": ("Firmware status", "ファームウェア状況"),
 "summary.status": ("Status", "状況"),
 "summary.records": ("Records", "件数"),
 "summary.chart.findings": ("Open findings by severity", "重要度別の未対応指摘"),
 "summary.chart.firmware": ("Firmware status", "ファームウェア状況"),
 # checklist
 "checklist.facility": ("Facility: {0}", "医療機関等名：{0}"),
 "checklist.vendor": ("Vendor: {0}  /  Facility: {1}", "事業者名：{0}　／　医療機関等名：{1}"),
 "checklist.respondent": ("Respondent:", "記入者："),
 "checklist.legend": ("Answer Yes / No (or N/A) from the list and write the date; for No write a target date.", "はい／いいえ（該当なし）を選び、確認日を記入してください。いいえの場合は目標日を記入してください。"),
 "checklist.number": ("No.", "項番"),
 "checklist.item": ("Item", "確認事項"),
 "checklist.column": ("Applies to", "対象"),
 "checklist.round1": ("1st round", "1回目"),
 "checklist.round1Date": ("1st round date", "1回目 確認日"),
 "checklist.round2": ("2nd round", "2回目"),
 "checklist.round2Date": ("2nd round date", "2回目 確認日"),
 "checklist.target": ("Target date (within FY{0})", "目標日（令和{1}年度中）"),
 "checklist.remarks": ("Remarks", "備考"),
 "checklist.key": ("key (do not edit)", "キー（編集しないでください）"),
 "answer.YES": ("Yes", "はい"),
 "answer.NO": ("No", "いいえ"),
 "answer.NOT_APPLICABLE": ("N/A", "該当なし"),
 "column.": ("", ""),
 "column.general": ("All medical information systems", "医療情報システム全般"),
 "column.server": ("Servers", "サーバ"),
 "column.clientPc": ("Client PCs", "端末PC"),
 "column.networkDevice": ("Network devices", "ネットワーク機器"),
 # devices
 "device.name": ("Name", "機器名"),
 "device.category": ("Category", "種別"),
 "device.networkType": ("Network device type", "ネットワーク機器の種類"),
 "device.role": ("Role", "用途"),
 "device.status": ("Status", "状態"),
 "device.manufacturer": ("Manufacturer", "メーカー"),
 "device.model": ("Model", "型番"),
 "device.serial": ("Serial number", "製造番号"),
 "device.location": ("Location", "設置場所"),
 "device.zone": ("Network zone", "ネットワーク区画"),
 "device.ip": ("IP addresses", "IPアドレス"),
 "device.mac": ("MAC addresses", "MACアドレス"),
 "device.managedBy": ("Maintained by", "保守事業者"),
 "device.remote": ("Remote maintenance", "リモート保守"),
 "device.os": ("OS", "OS"),
 "device.firmware": ("Firmware / version", "ファームウェア／バージョン"),
 "device.security": ("Security software", "セキュリティソフト"),
 "device.sourceRestriction": ("Source address restriction", "接続元制限"),
 "device.services": ("Unneeded services stopped", "不要サービス停止"),
 "device.media": ("Removable media restricted", "外部記憶媒体の制限"),
 "device.installed": ("Installed", "導入日"),
 "device.endOfSupport": ("End of support", "サポート終了日"),
 "device.notes": ("Notes", "備考"),
 # connections
 "connection.name": ("Connection", "接続名"),
 "connection.purpose": ("Purpose", "目的"),
 "connection.counterpart": ("Counterpart", "接続先"),
 "connection.gateway": ("Gateway device", "接続機器"),
 "connection.zone": ("Zone", "区画"),
 "connection.mode": ("Mode", "接続形態"),
 "connection.sourceRestriction": ("Source restriction", "接続元制限"),
 "connection.sourceRestrictionDetail": ("Restriction detail", "制限の内容"),
 "connection.mfa": ("Multi-factor authentication", "多要素認証"),
 "connection.logging": ("Logging", "ログ取得"),
 "connection.approval": ("Approval procedure", "承認手続"),
 # accounts
 "account.device": ("Device", "機器"),
 "account.system": ("System", "システム"),
 "account.user": ("User name", "ユーザー名"),
 "account.kind": ("Kind", "種別"),
 "account.owner": ("Owner", "利用者"),
 "account.ownerOrganization": ("Owner organization", "利用者の所属"),
 "account.status": ("Status", "状態"),
 "account.lastUsed": ("Last used", "最終利用日"),
 "account.mfa": ("Multi-factor", "多要素認証"),
 "account.verdict": ("Verdict", "判定"),
 "account.action": ("What to do", "対応"),
 "account.action.REJECTED": ("Change the password", "パスワードを変更してください"),
 "account.action.NOT_CHECKED": ("Check the password with Sekisho", "Sekisho でパスワードを確認してください"),
 "account.assessedAt": ("Checked on", "確認日"),
 "yes": ("Yes", "あり"),
 "no": ("No", "なし"),
 # contacts
 "contact.order": ("Order", "順"),
 "contact.role": ("Role", "役割"),
 "contact.side": ("Inside / outside", "院内／院外"),
 "contact.inside": ("Inside", "院内"),
 "contact.outside": ("Outside", "院外"),
 "contact.organization": ("Organization", "組織"),
 "contact.person": ("Person", "担当者"),
 "contact.phone": ("Phone", "電話"),
 "contact.mail": ("Mail", "メール"),
 # findings
 "finding.number": ("No.", "No."),
 "finding.severity": ("Severity", "重要度"),
 "finding.source": ("Found by", "検出元"),
 "finding.code": ("Kind", "種類"),
 "finding.subject": ("Concerns", "対象"),
 "finding.text": ("Finding", "指摘内容"),
 "finding.remediation": ("Remediation", "是正内容"),
 "finding.due": ("Due", "期限"),
 "finding.status": ("Status", "状況"),
}
# enum labels come from io.sekisho.model.edit (as in the rich client); these override it where the printed
# register needs another word: a device that is no network device shows nothing
ENUMS = {
 "NetworkDeviceType": {"NONE": ("", "")},
}
for enum, literals in ENUMS.items():
    for lit, pair in literals.items():
        T["enum.%s.%s" % (enum, lit)] = pair

def esc(s):
    return ''.join(c if ord(c) < 128 else '\\u%04X' % ord(c) for c in s)

def write(path, idx):
    with open(path, 'w', encoding='iso-8859-1', newline='\n') as f:
        f.write("# generated by releng/scripts/workbook-texts.py: edit the table there\n")
        for k in T:
            v = T[k][idx]
            f.write("%s = %s\n" % (k.replace(' ', '\\ ') if k else k, esc(v)))

base = "bundles/io.sekisho.workbook/src/io/sekisho/workbook/internal/sheets/"
write(base + "sheets.properties", 0)
write(base + "sheets_ja.properties", 1)
