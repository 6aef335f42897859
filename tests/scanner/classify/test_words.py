"""How the word reader reads names: glued words, other languages, abbreviations."""

from __future__ import annotations

from scanner.classify.classifier import Classifier
from tests.scanner.classify.conftest import category_of, field


def test_everyday_schema_words_of_other_languages_read_as_english(classifier: Classifier) -> None:
    assert classifier.read_name("bemerkung") == ("note",)
    assert classifier.read_name("precio") == ("price",)
    assert classifier.read_name("metodo_pago") == ("method", "payment")
    assert category_of(classifier, field("patienten", "bemerkung"), field("patienten", "vorname")) == \
        "user.content.private"
    assert category_of(classifier, field("patienten", "gruppe"), field("patienten", "vorname")) is None
    assert category_of(classifier, field("pedidos", "id_cliente", "int")) == "user.unique_id"


def test_words_that_lead_a_name_in_other_languages_are_left_as_written(classifier: Classifier) -> None:
    assert classifier.read_name("kode_pos")[0] == "kode"
    assert category_of(classifier, field("direcciones", "codigo_postal"), field("direcciones", "id_cliente", "int")) \
        == "user.contact.address.postal_code"


def test_a_glued_id_may_follow_a_plural_or_a_linking_s(classifier: Classifier) -> None:
    assert classifier.read_name("rechnungsid") == ("invoice", "id")
    assert classifier.read_name("behandlungsid") == ("treatment", "id")
    assert classifier.read_name("patientnr") == ("patient", "number")
    assert classifier.read_name("urination") == ("urination",)
    assert category_of(classifier, field("kontakt", "telefonnr"), field("kontakt", "vorname")) == \
        "user.contact.phone_number"


def test_common_shorthand_and_misspellings_read_as_the_word(classifier: Classifier) -> None:
    assert classifier.read_name("cate_id") == ("category", "id")
    assert classifier.read_name("is_del") == ("is", "deleted")
    assert classifier.read_name("recieved_at") == ("received", "at")
    assert classifier.read_name("extinfo") == ("extra", "info")


def test_a_wechat_union_id_keys_the_person_like_an_openid(classifier: Classifier) -> None:
    users = [field("wx_user", "uid", "int", pk=True), field("wx_user", "nickname")]
    assert category_of(classifier, field("wx_user", "unionid", "varchar(32)"), *users) == "user.unique_id"
    assert category_of(classifier, field("member", "wx_unionid", "varchar(32)"), field("member", "nickname")) == \
        "user.unique_id"


def test_english_words_are_not_split_into_other_known_words(classifier: Classifier) -> None:
    for word in ("lineage", "bandage", "addressee", "shopping", "mapping", "starttls", "capabilities"):
        assert len(classifier.read_name(word)) == 1, word
    assert "ssn" not in classifier.read_name("expiresin")
    assert category_of(classifier, field("encounter_op", "bandage_time", "datetime"),
                       field("encounter_op", "patient_id", "int")) != "user.demographic.age_range"


def test_a_patients_anamnesis_is_their_medical_history(classifier: Classifier) -> None:
    assert classifier.read_name("anamnese") == ("medical", "history")
    assert classifier.read_name("datum_bis") == ("date", "until")


def test_german_von_starts_a_range_after_a_date_and_names_the_actor_elsewhere(classifier: Classifier) -> None:
    assert classifier.read_name("datum_von") == ("date", "from")
    assert classifier.read_name("datumvon") == ("date", "from")
    assert classifier.read_name("gueltig_von") == ("valid", "from")
    assert classifier.read_name("erstellt_von") == ("created", "by")
    assert classifier.read_name("vonage_api_key")[0] == "vonage"
    prices = [field("vk_preise", "artikel", "varchar(25)"), field("vk_preise", "preis", "varchar(8)")]
    assert category_of(classifier, field("vk_preise", "datum_von", "char(8)"), *prices) is None


def test_german_ist_starts_a_glued_yes_no_name_but_ends_no_word(classifier: Classifier) -> None:
    assert classifier.read_name("istpatient") == ("is", "patient")
    assert classifier.read_name("istperson") == ("is", "person")
    assert classifier.read_name("istbestand") == ("is", "stock")
    for word in ("specialist", "artist", "playlist", "history", "assistant"):
        assert "is" not in classifier.read_name(word), word


def test_bookkeeping_shorthand_of_row_times_and_flags_reads_as_the_words(classifier: Classifier) -> None:
    assert classifier.read_name("ctime") == ("created", "time")
    assert classifier.read_name("utime") == ("updated", "time")
    assert classifier.read_name("datec") == ("created", "date")
    assert classifier.read_name("del_flg") == ("deleted", "flag")
    customers = [field("dtb_customer", "customer_id", "int", pk=True), field("dtb_customer", "email")]
    assert category_of(classifier, field("dtb_customer", "del_flg", "smallint"), *customers) == "user.account"
    shipping = [field("dtb_shipping", "shipping_id", "int", pk=True), field("dtb_shipping", "shipping_addr01")]
    assert category_of(classifier, field("dtb_shipping", "del_flg", "smallint"), *shipping) is None


def test_glued_words_may_be_joined_by_a_plural_or_german_linking_s(classifier: Classifier) -> None:
    assert classifier.read_name("rechnungsdatum") == ("invoice", "date")
    assert classifier.read_name("versicherungsnummer") == ("insurance", "number")
    assert classifier.read_name("buddyrequestspm") == ("buddy", "request", "pm")
    for word in ("translocation", "transcoded", "business"):
        assert len(classifier.read_name(word)) == 1, word


def test_a_listed_word_of_another_language_may_take_a_glued_key_or_number(classifier: Classifier) -> None:
    assert classifier.read_name("natelnr") == ("phone", "number")
    assert classifier.read_name("rezeptid") == ("prescription", "id")
    assert classifier.read_name("descrip") == ("description",)  # no "descr ip": descrip is a word of its own
    contact = [field("kontakt", "vorname"), field("kontakt", "name")]
    assert category_of(classifier, field("kontakt", "natelnr", "varchar(30)"), *contact) == "user.contact.phone_number"


def test_german_glued_words_of_when_and_who_read_as_english(classifier: Classifier) -> None:
    assert classifier.read_name("erstelltam") == ("created", "at")
    assert classifier.read_name("letzteanmeldung") == ("last", "login")
    assert classifier.read_name("istaktiv") == ("is", "active")
    users = [field("benutzer", "benutzerid", "int", pk=True), field("benutzer", "benutzername")]
    assert category_of(classifier, field("benutzer", "erstelltam", "datetime"), *users) is None
    assert category_of(classifier, field("benutzer", "letzteanmeldung", "datetime"), *users) == "user.behavior"
    for word in ("webcam", "histogram", "upstream", "diagram"):
        assert len(classifier.read_name(word)) == 1, word


def test_spanish_words_of_clinics_and_payments_read_as_english(classifier: Classifier) -> None:
    assert classifier.read_name("forma_pago") == ("method", "payment")
    assert classifier.read_name("alergias") == ("allergy",)
    patients = [field("pacientes", "id_paciente", "int", pk=True), field("pacientes", "apellidos")]
    assert category_of(classifier, field("pacientes", "alergias", "text"), *patients) == "user.health_and_medical"


def test_identity_papers_named_in_other_languages_are_government_ids(classifier: Classifier) -> None:
    people = [field("personen", "id", "int", pk=True), field("personen", "vorname"), field("personen", "nachname")]
    assert category_of(classifier, field("personen", "reisepass", "varchar(20)"), *people) == \
        "user.government_id.passport_number"
    assert category_of(classifier, field("personen", "fuehrerschein", "varchar(20)"), *people) == \
        "user.government_id.drivers_license_number"
    clients = [field("clientes", "id_cliente", "int", pk=True), field("clientes", "apellidos")]
    assert category_of(classifier, field("clientes", "cedula", "varchar(20)"), *clients) == \
        "user.government_id.national_identification_number"


def test_glued_names_of_imaging_dose_records_split_into_their_words(classifier: Classifier) -> None:
    assert classifier.read_name("ctradiationdose") == ("ct", "radiation", "dose")
    assert classifier.read_name("accumprojxraydose") == ("accumulated", "projection", "xray", "dose")
    assert classifier.read_name("irradeventxraydata") == ("irradiation", "event", "xray", "data")
    for word in ("extract_price", "select_all", "contract_id"):
        assert "ct" not in classifier.read_name(word), word


def test_shortened_words_read_whole(classifier: Classifier) -> None:
    assert classifier.read_name("rfrsh_tkn") == ("refresh", "token")
    assert classifier.read_name("space_descrip") == ("space", "description")
    assert classifier.read_name("dblog_microtime")[-1] == "time"


def test_words_of_a_birth_glued_with_of_read_as_the_phrase(classifier: Classifier) -> None:
    assert classifier.read_name("dateofbirth") == ("date", "of", "birth")
    assert classifier.read_name("todayupload") == ("today", "upload")
    person = [field("customer", "id", "int", pk=True), field("customer", "email")]
    assert category_of(classifier, field("customer", "DateOfBirth", "date"), *person) == \
        "user.demographic.date_of_birth"


def test_account_and_profile_words_of_other_languages_read_as_english(classifier: Classifier) -> None:
    assert classifier.read_name("pengguna") == ("user",)
    assert classifier.read_name("zhanghao") == ("account",)
    assert classifier.read_name("shoujihao") == ("phone",)
    assert classifier.read_name("proprietaire") == ("owner",)
    users = [field("yonghu", "id", "int", pk=True), field("yonghu", "nicheng")]
    assert category_of(classifier, field("yonghu", "youbian", "varchar(10)"), *users) == \
        "user.contact.address.postal_code"
    assert category_of(classifier, field("pengguna", "surel", "varchar(100)"),
                       field("pengguna", "id", "int", pk=True)) == "user.contact.email"


def test_a_qq_logins_figure_url_is_the_accounts_avatar(classifier: Classifier) -> None:
    users = [field("users_qq", "uid", "int"), field("users_qq", "nickname")]
    assert category_of(classifier, field("users_qq", "figureurl", "varchar(255)"), *users) == \
        "user.content.self_image"


def test_glued_shorthand_of_debts_ratings_and_surnames_reads_as_the_words(classifier: Classifier) -> None:
    assert classifier.read_name("curdebt") == ("current", "debt")
    assert classifier.read_name("prevsname") == ("previous", "last", "name")
    customers = [field("customers", "id", "int", pk=True), field("customers", "name"), field("customers", "email")]
    assert category_of(classifier, field("customers", "curdebt", "double precision"), *customers) == "user.financial"
    assert category_of(classifier, field("customers", "pcde", "varchar(30)"), *customers) == \
        "user.contact.address.postal_code"


def test_an_examiner_is_a_person(classifier: Classifier) -> None:
    visits = [field("exam", "id", "int", pk=True), field("exam", "patient_id", "int")]
    assert category_of(classifier, field("exam", "examiner_id", "int"), *visits) == "user.unique_id"


def test_who_asserted_or_recorded_a_clinical_finding_is_a_person(classifier: Classifier) -> None:
    """FHIR's Condition.asserter and AllergyIntolerance.recorder reference the practitioner or
    patient who stated or wrote down the finding: a person's key, no clinical value."""
    allergies = [field("fhir_allergy_intolerance", "id", "text", pk=True),
                 field("fhir_allergy_intolerance", "patient_id", "text"),
                 field("fhir_allergy_intolerance", "criticality", "text")]
    for name in ("asserter", "recorder"):
        assert category_of(classifier, field("fhir_allergy_intolerance", name, "text"), *allergies) == "user.unique_id"


def test_a_cheque_number_on_a_payment_is_financial(classifier: Classifier) -> None:
    payments = [field("billing_payment", "id", "int", pk=True), field("billing_payment", "amount", "decimal")]
    assert category_of(classifier, field("billing_payment", "cheque_no", "varchar(10)"), *payments) == \
        "user.financial"


def test_the_lower_cased_vcard_fields_an_xmpp_server_searches_read_as_the_fields(classifier: Classifier) -> None:
    search = [field("vcard_search", "username", pk=True), field("vcard_search", "lusername")]
    assert category_of(classifier, field("vcard_search", "lgiven"), *search) == "user.name.first"
    assert category_of(classifier, field("vcard_search", "lemail"), *search) == "user.contact.email"
    assert category_of(classifier, field("vcard_search", "lbday"), *search) == "user.demographic.date_of_birth"


def test_informants_waiters_and_who_rescheduled_or_timestamped_a_row_are_persons(classifier: Classifier) -> None:
    assert classifier.read_name("timestampedby") == ("timestamped", "by")
    events = [field("events", "id", "int", pk=True), field("events", "title"), field("events", "starts_at", "datetime")]
    assert category_of(classifier, field("events", "informant", "varchar(20)"), *events) == "user.unique_id"
    assert category_of(classifier, field("events", "rescheduledBy", "int"), *events) == "user.unique_id"
    assert category_of(classifier, field("events", "timestampedby", "int"), *events) == "user.unique_id"


def test_general_shorthand_of_account_and_profile_columns_reads_as_the_words(classifier: Classifier) -> None:
    users = [field("users", "id", "int", pk=True), field("users", "email"), field("users", "username")]
    assert category_of(classifier, field("users", "bdate", "date"), *users) == "user.demographic.date_of_birth"
    assert category_of(classifier, field("users", "pswd"), *users) == "user.authorization.password"
    assert category_of(classifier, field("users", "pfp"), *users) == "user.content.self_image"
    assert category_of(classifier, field("users", "aboutme", "text"), *users) == "user.demographic.profile"
    assert category_of(classifier, field("users", "tg_id", "bigint"), *users) == "user.unique_id"


def test_registry_shorthand_of_codes_and_demographics_reads_as_the_words(classifier: Classifier) -> None:
    assert classifier.read_name("mrtl_sts_cd") == ("marital", "status", "code")
    assert classifier.read_name("rlgn_cd") == ("religion", "code")
    patients = [field("patient", "id", "int", pk=True), field("patient", "first_name")]
    assert category_of(classifier, field("patient", "mrtl_sts_cd", "varchar(5)"), *patients) == \
        "user.demographic.marital_status"
    assert category_of(classifier, field("patient", "lst_nm"), *patients) == "user.name.last"


def test_a_persons_bank_account_in_german_and_card_shorthand_read_as_the_words(classifier: Classifier) -> None:
    customers = [field("kunde", "id", "int", pk=True), field("kunde", "vorname")]
    assert category_of(classifier, field("kunde", "kontonummer"), *customers) == "user.financial.bank_account"
    assert category_of(classifier, field("kunde", "blz"), *customers) == "user.financial.bank_account"
    assert classifier.read_name("rcvr_name") == ("receiver", "name")


def test_shorthand_of_a_messages_parties_reads_as_the_words(classifier: Classifier) -> None:
    assert classifier.read_name("rcptid") == ("recipient", "id")
    assert classifier.read_name("forward_from") == ("forward", "from")
    messages = [field("messages", "id", "int", pk=True), field("messages", "body", "text")]
    assert category_of(classifier, field("messages", "frm_id", "int"), *messages) == "user.unique_id"
    assert category_of(classifier, field("messages", "reciever_id", "int"), *messages) == "user.unique_id"


def test_the_words_of_messages_in_other_languages_read_as_english(classifier: Classifier) -> None:
    assert classifier.read_name("mittente") == ("sender",)
    assert classifier.read_name("destinataire") == ("recipient",)
    assert classifier.read_name("pengirim_id") == ("sender", "id")
    assert classifier.read_name("jieshouren") == ("recipient",)
    messages = [field("pesan", "id", "int", pk=True), field("pesan", "isi", "text")]
    assert category_of(classifier, field("pesan", "penerima_id", "int"), *messages) == "user.unique_id"


def test_a_persons_alipay_account_is_financial_and_crt_is_created(classifier: Classifier) -> None:
    assert classifier.read_name("crt_user") == ("created", "user")
    profile = [field("member_profile", "uid", "int", pk=True), field("member_profile", "realname")]
    assert category_of(classifier, field("member_profile", "alipay"), *profile) == "user.financial"


def test_civil_status_whose_head_comes_first_in_other_languages_is_marital_status(classifier: Classifier) -> None:
    patients = [field("paciente", "id", "int", pk=True), field("paciente", "nombre")]
    for name in ("estado_civil", "etat_civil", "stato_civile", "familienstand"):
        assert category_of(classifier, field("paciente", name, "varchar(20)"), *patients) == \
            "user.demographic.marital_status", name
    assert category_of(classifier, field("paciente", "lugar_nacimiento"), *patients) == "user.demographic"
    assert classifier.read_name("prontuario") == ("medical", "record")
    assert classifier.read_name("diagnostics") == ("diagnostic",)


def test_pinyin_of_shops_and_clinics_reads_as_english_and_glues(classifier: Classifier) -> None:
    assert classifier.read_name("huanzheid") == ("patient", "id")
    assert classifier.read_name("zuihoudenglu") == ("last", "login")
    members = [field("huiyuan", "id", "int", pk=True), field("huiyuan", "nicheng")]
    assert category_of(classifier, field("huiyuan", "lianxidianhua", "varchar(20)"), *members) == \
        "user.contact.phone_number"


def test_shorthand_of_programmers_and_security_tables_reads_as_the_word(classifier: Classifier) -> None:
    assert classifier.read_name("age_str") == ("age", "string")
    assert classifier.read_name("email_notfs") == ("email", "notification")
    assert classifier.read_name("dev_scrt") == ("device", "secret")
    assert category_of(classifier, field("case_history", "test_str_list", "varchar(300)"),
                       field("case_history", "patient_id", "int")) != "user.contact.address.street"
    devices = [field("sec_dev_tbl", "dev_id", "uuid", pk=True), field("sec_dev_tbl", "dev_scrt", "varchar(64)")]
    assert category_of(classifier, devices[0], *devices[1:]) == "user.device.device_id"
    assert category_of(classifier, field("sec_usr_tbl", "email_cnf", "boolean"),
                       field("sec_usr_tbl", "usr_name"), field("sec_usr_tbl", "email")) == "user.account"


def test_glued_settings_and_facts_of_a_person_read_as_their_words(classifier: Classifier) -> None:
    assert classifier.read_name("lngfile") == ("language", "file")
    assert classifier.read_name("paymentmethod_id") == ("payment", "method", "id")
    members = [field("members", "uid", "int", pk=True), field("members", "username"), field("members", "email")]
    assert category_of(classifier, field("members", "lngfile", "varchar(255)"), *members) == \
        "user.demographic.language"
    assert category_of(classifier, field("members", "ppp", "smallint"), *members) == "user.account.settings"
    assert category_of(classifier, field("person", "approximateage", "integer"),
                       field("person", "firstname"), field("person", "lastname")) == "user.demographic.age_range"


def test_date_prefixes_and_place_of_birth_shortened_read_as_their_words(classifier: Classifier) -> None:
    assert classifier.read_name("dtmtill") == ("date", "until")
    assert classifier.read_name("tmp_lahir")[-3:] == ("place", "of", "birth")
    assert classifier.read_name("pmsg_id") == ("private", "message", "id")
    patients = [field("pasien", "no_rkm_medis", pk=True), field("pasien", "nm_pasien"),
                field("pasien", "tgl_lahir", "date")]
    assert category_of(classifier, field("pasien", "tmp_lahir", "varchar(15)"), *patients) == "user.demographic"
    assert category_of(classifier, field("ban", "dtmtill", "int"), field("ban", "banid", "int", pk=True),
                       field("ban", "address"), field("ban", "comment")) == "user.account"


def test_misspelled_recipients_certificates_and_defaults_read_as_the_word(classifier: Classifier) -> None:
    assert classifier.read_name("reciepient") == ("recipient",)
    assert classifier.read_name("sasl_external_cert") == ("sasl", "external", "certificate")
    assert classifier.read_name("def_print_destination")[0] == "default"
    emails = [field("email", "id", "int", pk=True), field("email", "subject", "varchar(100)"),
              field("email", "message", "text")]
    assert category_of(classifier, field("email", "reciepient", "varchar(100)"), *emails) == "user.contact.email"
    users = [field("users", "id", "int", pk=True), field("users", "user_id", "varchar(60)"),
             field("users", "real_name"), field("users", "email")]
    assert category_of(classifier, field("users", "def_print_destination", "tinyint(1)"), *users) == \
        "user.account.settings"


def test_a_source_glued_before_a_persons_details_and_a_phone_shortened_read_as_the_words(
        classifier: Classifier) -> None:
    assert classifier.read_name("srcfirstname") == ("source", "first", "name")
    assert classifier.read_name("toip") == ("to", "ip")
    assert classifier.read_name("phn_num") == ("phone", "number")
    assert classifier.read_name("hphone") == ("home", "phone")
    assert classifier.read_name("notelp") == ("phone", "number")
    assert category_of(classifier, field("sip_trace", "toip"), field("sip_trace", "fromip"),
                       field("sip_trace", "msg")) == "user.device.ip_address"
    assert category_of(classifier, field("events", "srcemail"), field("events", "srcfirstname"),
                       field("events", "event_date", "date")) == "user.contact.email"
    assert category_of(classifier, field("patient", "wphone"), field("patient", "fname"),
                       field("patient", "lname")) == "user.contact.phone_number"
    assert category_of(classifier, field("staff", "phn_num"), field("staff", "first_name")) == \
        "user.contact.phone_number"


def test_a_digest_named_by_its_algorithm_reads_as_a_hash(classifier: Classifier) -> None:
    assert classifier.read_name("email_sha256") == ("email", "hash")
    assert classifier.read_name("content_sha1") == ("content", "hash")
    assert classifier.read_name("ipv4_address") == ("ip", "address")
    assert category_of(classifier, field("users", "email_md5"), field("users", "email"),
                       field("users", "username")) == "user.unique_id.pseudonymous"


def test_a_letter_after_a_phone_or_an_address_part_marks_which_of_a_persons_it_is(
        classifier: Classifier) -> None:
    assert classifier.read_name("phoneb") == ("phone",)
    assert classifier.read_name("phonew1") == ("phone",)
    assert classifier.read_name("streetb") == ("street",)
    assert classifier.read_name("phoned") == ("phoned",)
    assert category_of(classifier, field("users", "phonew1"), field("users", "fname"),
                       field("users", "lname"), field("users", "phone")) == "user.contact.phone_number"
    assert category_of(classifier, field("users", "citya"), field("users", "fname"),
                       field("users", "lname"), field("users", "streeta")) == "user.contact.address.city"


def test_an_instant_messenger_named_after_its_service_is_a_contact_handle(classifier: Classifier) -> None:
    assert category_of(classifier, field("members", "member_aol"), field("members", "member_email"),
                       field("members", "member_icq")) == "user.contact"
    assert category_of(classifier, field("user_info", "aliww"), field("user_info", "uid", "int"),
                       field("user_info", "qq")) == "user.contact"


def test_a_last_cc_is_a_carbon_copy_and_a_first_one_a_credit_card(classifier: Classifier) -> None:
    assert classifier.read_name("ticket_cc") == ("ticket", "cc")
    assert classifier.read_name("cc_number") == ("credit", "card", "number")
    assert classifier.read_name("phone_cc") == ("phone", "country", "code")
    emails = [field("commerce_emails", "id", "int", pk=True), field("commerce_emails", "subject"),
              field("commerce_emails", "cc", "varchar(255)")]
    assert category_of(classifier, emails[2], *emails[:2]) is None
    orders = [field("orders", "id", "int", pk=True), field("orders", "customer_id", "int")]
    assert category_of(classifier, field("orders", "cc_number", "varchar(32)"), *orders) == \
        "user.financial.credit_card"
    clients = [field("client", "id", "int", pk=True), field("client", "email")]
    assert category_of(classifier, field("client", "phone_cc", "varchar(10)"), *clients) == \
        "user.contact.phone_number"


def test_agent_nouns_glued_to_a_key_split_into_the_person_and_the_key(classifier: Classifier) -> None:
    assert classifier.read_name("makeruid") == ("maker", "uid")
    assert classifier.read_name("replierid") == ("replier", "id")
    tickets = [field("tickets", "id", "int", pk=True), field("tickets", "subject")]
    assert category_of(classifier, field("tickets", "replierid", "smallint"), *tickets) == "user.unique_id"


def test_indonesian_words_of_who_recorded_a_row_and_of_a_persons_registration(classifier: Classifier) -> None:
    """SIMGOS-style columns: oleh (by) keys who recorded the row, nip is a staff member's employee
    number, gelar_depan a title before the name, tempat_lahir the place of birth, kodepos a postal
    code, status_perkawinan marital status, panggilan the name one is called by."""
    assert classifier.read_name("DITERIMA_OLEH") == ("received", "by")
    assert classifier.read_name("TEMPAT_LAHIR") == ("place", "of", "birth")
    staff = [field("pegawai", "ID", "smallint", pk=True), field("pegawai", "NAMA", "varchar(75)"),
             field("pegawai", "TANGGAL_LAHIR", "date")]
    cases = {"NIP": ("varchar(30)", "user.unique_id"), "GELAR_DEPAN": ("varchar(25)", "user.name"),
             "TEMPAT_LAHIR": ("varchar(35)", "user.demographic"),
             "KODEPOS": ("char(5)", "user.contact.address.postal_code"),
             "STATUS_PERKAWINAN": ("varchar(20)", "user.demographic.marital_status"),
             "PANGGILAN": ("varchar(15)", "user.name")}
    for name, (type_, category) in cases.items():
        assert category_of(classifier, field("pegawai", name, type_), *staff) == category, name
    visits = [field("kunjungan", "NOMOR", "char(19)", pk=True), field("kunjungan", "MASUK", "datetime")]
    assert category_of(classifier, field("kunjungan", "DITERIMA_OLEH", "smallint(6)"), *visits) == "user.unique_id"


def test_indonesian_parts_of_an_address_read_as_them(classifier: Classifier) -> None:
    """An Indonesian address's administrative area (wilayah), hamlet (dusun), ward, subdistrict and
    regency in a civil registry's short forms (no_kel, no_kec, kab_name) and its kode pos."""
    assert classifier.read_name("KODE_POS")[-2:] == ("postal", "code")
    family = [field("keluarga", "NO_KK", "char(16)", pk=True), field("keluarga", "ALAMAT", "varchar(240)"),
              field("keluarga", "NAMA_KEP", "varchar(120)")]
    cases = {"WILAYAH": "user.contact.address", "DUSUN": "user.contact.address", "NO_KEL": "user.contact.address",
             "NO_KEC": "user.contact.address", "KAB_NAME": "user.contact.address.city",
             "KODE_POS": "user.contact.address.postal_code"}
    for name, category in cases.items():
        assert category_of(classifier, field("keluarga", name, "char(10)"), *family) == category, name


def test_an_indonesian_civil_registrys_residents_and_their_short_words(classifier: Classifier) -> None:
    """A civil registry's penduduk are residents, persons: their full name written head first
    (nama_lgkp, nama_lengkap), place and date of birth (tmpt_lhr, tgl_lhr) and gender (jenis_klmin)."""
    assert classifier.read_name("nama_lengkap")[-2:] == ("full", "name")
    assert classifier.read_name("TMPT_LHR") == ("place", "of", "birth")
    residents = [field("penduduk", "NIK", "char(16)", pk=True), field("penduduk", "NO_KK", "char(16)")]
    cases = {"NAMA_LGKP": ("varchar(120)", "user.name"), "TGL_LHR": ("date", "user.demographic.date_of_birth"),
             "TMPT_LHR": ("varchar(120)", "user.demographic"),
             "JENIS_KLMIN": ("varchar(22)", "user.demographic.gender")}
    for name, (type_, category) in cases.items():
        assert category_of(classifier, field("penduduk", name, type_), *residents) == category, name


def test_an_indonesian_family_relationship_status_is_a_tie_between_persons(classifier: Classifier) -> None:
    """SHDK (status hubungan dalam keluarga) codes how a patient's relative is related to them."""
    relatives = [field("keluarga_pasien", "ID", "int", pk=True), field("keluarga_pasien", "NORM", "int(11)"),
                 field("keluarga_pasien", "NAMA", "varchar(75)"), field("keluarga_pasien", "ALAMAT", "varchar(150)")]
    assert category_of(classifier, field("keluarga_pasien", "SHDK", "tinyint(4)"), *relatives) == "user.social"


def test_an_indonesian_nomor_is_a_number_no_persons_role(classifier: Classifier) -> None:
    """Nomor is Indonesian for number: a queue's number names no one by a role in -or."""
    assert classifier.read_name("NOMOR") == ("number",)
    queue = [field("antrian_ruangan", "ID", "int", pk=True), field("antrian_ruangan", "RUANGAN", "char(10)"),
             field("antrian_ruangan", "TANGGAL", "date")]
    assert category_of(classifier, field("antrian_ruangan", "NOMOR", "smallint(6)"), *queue) is None


def test_an_openid_glued_to_its_login_service_reads_as_that_services_openid(classifier: Classifier) -> None:
    assert classifier.read_name("member_qqopenid") == ("member", "qq", "openid")
    assert classifier.read_name("member_wxopenid") == ("member", "wechat", "openid")
    members = [field("member", "member_id", "int(11)", pk=True), field("member", "member_name", "varchar(50)"),
               field("member", "member_email", "varchar(100)")]
    assert category_of(classifier, field("member", "member_qqopenid", "varchar(100)"), *members) == "user.unique_id"
    assert category_of(classifier, field("member", "member_wxopenid", "varchar(100)",
                                         comment="微信互联openid"), *members) == "user.unique_id"


def test_a_conversation_cut_to_conver_keys_no_person(classifier: Classifier) -> None:
    assert classifier.read_name("conver_id") == ("conversation", "id")
    messages = [field("p_hismsgs", "sender_id", "varchar(32)"), field("p_hismsgs", "msg_body", "blob")]
    assert category_of(classifier, field("p_hismsgs", "conver_id", "varchar(100)"), *messages) is None


def test_french_words_of_a_persons_record_and_of_their_bank_details(classifier: Classifier) -> None:
    users = [field("utilisateurs", "id_utilisateur", "int", pk=True), field("utilisateurs", "prenom"),
             field("utilisateurs", "email")]
    expected = {"societe": "user.contact.organization", "portable": "user.contact.phone_number",
                "pseudo": "user.account.username", "fonction": "user.job_title",
                "code_postal": "user.contact.address.postal_code", "cle_rib": "user.financial.bank_account",
                "domiciliation": "user.financial.bank_account"}
    for name, category in expected.items():
        assert category_of(classifier, field("utilisateurs", name, "varchar(64)"), *users) == category, name
    assert category_of(classifier, field("utilisateurs", "id_parrain", "int"), *users) == "user.unique_id"
    assert category_of(classifier, field("avis", "nom_produit"), field("avis", "id_utilisateur", "int"),
                       field("avis", "prenom")) is None


def test_a_pair_written_head_first_reads_as_one_phrase_head_last(classifier: Classifier) -> None:
    assert classifier.read_name("code_postal") == ("postal", "code")
    assert classifier.read_name("codigo_postal")[-2:] == ("postal", "code")
    assert classifier.read_name("code_banque") == ("bank", "code")
    assert classifier.read_name("code_guichet") == ("bank", "code")
    assert classifier.read_name("mot_de_passe")[-1] == "password"
    assert classifier.read_name("kode_pos") == ("kode", "postal", "code")


def test_a_french_password_and_payment_method_and_a_misspelled_receiver_read_as_english(
        classifier: Classifier) -> None:
    assert classifier.read_name("reciver_name") == ("receiver", "name")
    assert classifier.read_name("mode_reglement")[-2:] == ("payment", "method")
    users = [field("utilisateurs", "id_utilisateur", "int", pk=True), field("utilisateurs", "prenom"),
             field("utilisateurs", "email")]
    assert category_of(classifier, field("utilisateurs", "mot_passe", "varchar(32)"), *users) == \
        "user.authorization.password"
    payments = [field("transactions", "id", "int", pk=True), field("transactions", "reference", "varchar(20)"),
                field("transactions", "amount", "float"), field("transactions", "orders_id", "int")]
    assert category_of(classifier, field("transactions", "mode_reglement", "varchar(255)"), *payments) == \
        "user.payment"


def test_a_french_hprim_message_holds_a_patients_lab_results(classifier: Classifier) -> None:
    assert classifier.read_name("hprim") == ("lab", "result")
    results = [field("hprim", "id", "int", pk=True), field("hprim", "toID", "int"),
               field("hprim", "date", "date"), field("hprim", "resultat", "varchar(255)"),
               field("hprim", "unite", "varchar(20)"), field("hprim", "normaleInf", "varchar(20)")]
    for column in results[2:]:
        assert category_of(classifier, column, *results) == "user.health_and_medical", column.name


def test_french_logins_discounts_and_store_credit_read_as_english(classifier: Classifier) -> None:
    assert classifier.read_name("connexions") == ("login",)
    users = [field("utilisateurs", "id_utilisateur", "int", pk=True), field("utilisateurs", "prenom"),
             field("utilisateurs", "email")]
    assert category_of(classifier, field("utilisateurs", "remise_percent", "float(5,2)"), *users) is None
    assert category_of(classifier, field("utilisateurs", "avoir", "float(15,5)"), *users) == "user.financial"


def test_a_persons_cnil_flag_is_their_consent_to_data_protection(classifier: Classifier) -> None:
    users = [field("utilisateurs", "id_utilisateur", "int", pk=True), field("utilisateurs", "prenom"),
             field("utilisateurs", "email")]
    assert category_of(classifier, field("utilisateurs", "cnil", "tinyint(1)"), *users) == \
        "user.privacy_preferences"
    logins = [field("utilisateur_connexions", "id", "int", pk=True),
              field("utilisateur_connexions", "user_id", "int"), field("utilisateur_connexions", "user_ip", "int"),
              field("utilisateur_connexions", "date", "datetime")]
    assert category_of(classifier, logins[3], *logins) == "user.behavior"


def test_a_word_glued_to_of_a_misspelt_separate_and_a_glued_house_number_read_as_written_out(
        classifier: Classifier) -> None:
    assert classifier.read_name("typeofSchoolID") == ("type", "of", "school", "id")
    assert classifier.read_name("sourceofDrinkingWater") == ("source", "of", "drinking", "water")
    assert classifier.read_name("availabilityofToilet") == ("availability", "of", "toilet")
    assert classifier.read_name("seperateKitchen") == ("separate", "kitchen")
    assert classifier.read_name("houseno") == ("house", "number")
    # A tally glued to "number of" stays what it was (sormas' totalnumberofcases).
    assert "of" not in classifier.read_name("totalnumberofcases")


def test_a_japanese_names_kana_and_roman_readings_and_a_misspelt_surname_read_as_names(
        classifier: Classifier) -> None:
    assert classifier.read_name("kanafamilyname") == ("kana", "last", "name")
    assert classifier.read_name("romangivenname") == ("roman", "first", "name")
    assert classifier.read_name("sirname") == ("last", "name")
    assert classifier.read_name("mainmobile") == ("main", "phone")
    assert classifier.read_name("romance") == ("romance",)
    schema = [field("d_patient", "id", "int", pk=True), field("d_patient", "kanafamilyname"),
              field("d_patient", "kananame"), field("d_patient", "romanname"), field("d_patient", "sirname"),
              field("d_patient", "mainmobile"), field("d_baseinfo", "company_name"),
              field("d_baseinfo", "company_kana")]
    results = classifier.classify_fields(schema)
    assert [r.category for r in results[1:6]] == ["user.name.last", "user.name", "user.name", "user.name.last",
                                                  "user.contact.phone_number"]
    assert results[7].category is None


def test_a_shortened_credit_card_and_a_misspelt_cvv_read_as_card_data(classifier: Classifier) -> None:
    assert classifier.read_name("ccard_no") == ("credit", "card", "number")
    assert classifier.read_name("ccv") == ("card", "cvv")
    assert classifier.read_name("cvn") == ("card", "cvv")
    guests = [field("guests", "id", "int", pk=True), field("guests", "firstname"), field("guests", "email")]
    for name in ("ccard_no", "ccard_name", "ccard_issued", "ccv", "cvn"):
        assert category_of(classifier, field("guests", name, "blob"), *guests) == "user.financial.credit_card", name


def test_the_region_a_phone_number_is_read_in_is_its_country_code(classifier: Classifier) -> None:
    assert classifier.read_name("phoneRegion") == ("phone", "country", "code")
    accounts = [field("Accounts", "id", "varchar(60)", pk=True), field("Accounts", "email"),
                field("Accounts", "phone", "varchar(20)")]
    assert category_of(classifier, field("Accounts", "phoneRegion", "varchar(2)"), *accounts) == \
        "user.contact.phone_number"
    # A region alone stays a place.
    assert classifier.read_name("region") == ("region",)


def test_a_persons_initials_are_a_name_but_an_initial_value_is_not(classifier: Classifier) -> None:
    assert classifier.read_name("OwnerInitials") == ("owner", "initials")
    assert classifier.read_name("initial_resp") == ("initial", "resp")
    people = [field("person", "id", "int", pk=True), field("person", "first_name"), field("person", "last_name")]
    assert category_of(classifier, field("person", "initials", "varchar(10)"), *people) == "user.name"
    assert category_of(classifier, field("contact", "person_initial", "varchar(5)"),
                       field("contact", "id", "int", pk=True), field("contact", "first_name")) == "user.name"
    cases = [field("cases", "id", "int", pk=True), field("cases", "patient_id", "int", ref="patients"),
             field("cases", "initial_bp", "varchar(255)"), field("patients", "id", "int", pk=True),
             field("patients", "first_name")]
    assert category_of(classifier, field("cases", "initial_resp", "varchar(255)"), *cases) != "user.name"
    areas = [field("area", "area_id", "int", pk=True), field("area", "area_name")]
    assert category_of(classifier, field("area", "area_initial", "varchar(1)"), *areas) is None


def test_the_relation_of_an_emergency_contact_is_their_relationship(classifier: Classifier) -> None:
    assert classifier.read_name("emergency_contact_relation") == ("emergency", "contact", "relationship")
    assert classifier.read_name("relation_id") == ("relation", "id")
    files = [field("patient_file", "id", "int", pk=True), field("patient_file", "patient_id", "int", ref="patient"),
             field("patient_file", "emergency_contact_name"), field("patient", "id", "int", pk=True),
             field("patient", "name")]
    assert category_of(classifier, field("patient_file", "emergency_contact_relation", "varchar(255)"), *files) == \
        "user.social"


def test_a_glued_code_standard_is_read_as_its_words(classifier: Classifier) -> None:
    """UKRDC's run-together names: the coding standard glued after a code, a baseline not split in two."""
    assert classifier.read_name("diagnosiscodestd") == ("diagnosis", "code", "std")
    assert classifier.read_name("enteringorganizationcode") == ("entering", "organization", "code")
    assert classifier.read_name("baselines") == ("baseline",)


def test_a_member_shortened_is_read_inside_glued_names(classifier: Classifier) -> None:
    """kimsq's mbruid, parentmbr and frommbr key members; words merely holding the letters stay whole."""
    assert classifier.read_name("mbruid") == ("member", "uid")
    assert classifier.read_name("parentmbr") == ("parent", "member")
    assert classifier.read_name("umbrella") == ("umbrella",)
    notices = [field("rb_s_notice", "uid", "int", pk=True), field("rb_s_notice", "message", "text")]
    assert category_of(classifier, field("rb_s_notice", "frommbr", "int"), *notices) == "user.unique_id"


def test_italian_payment_records_name_their_debtor_and_operator(classifier: Classifier) -> None:
    """GovPay's versamenti keep the debtor's contact details; its tables key operators and user accounts."""
    assert classifier.read_name("debitore_email") == ("debtor", "email")
    assert classifier.read_name("id_operatore") == ("operator", "id")
    payments = [field("versamenti", "id", "bigint", pk=True), field("versamenti", "importo_totale", "float"),
                field("versamenti", "debitore_email", "varchar(256)")]
    results = classifier.classify_fields(payments)
    assert results[2].category == "user.contact.email"
    log = [field("gp_audit", "id", "bigint", pk=True), field("gp_audit", "data", "timestamp")]
    assert category_of(classifier, field("gp_audit", "id_operatore", "bigint"), *log) == "user.unique_id"


def test_spanish_forum_tables_name_their_comments_drafts_and_privacy(classifier: Classifier) -> None:
    """PHPost's p_comentarios, p_borradores and u_perfil.p_privacidad read as comments, drafts and privacy."""
    assert classifier.read_name("user_comentarios") == ("user", "comment")
    assert classifier.read_name("p_privacidad") == ("p", "privacy")
    profile = [field("u_perfil", "user_id", "int", pk=True), field("u_perfil", "p_nombre"),
               field("u_perfil", "user_email"), field("u_perfil", "p_avatar", "tinyint")]
    assert category_of(classifier, field("u_perfil", "p_privacidad", "varchar(10)"), *profile) == \
        "user.privacy_preferences"
