"""Comments written in Chinese, read through the glossary as English words (the column names of
such schemas are often pinyin or terse, and their comments say what the column holds)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.classify.classifier import Classifier
from scanner.classify.glossary import Glossary, load_glossary
from tests.scanner.classify.conftest import category_of, field


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_reads_as_words_without_error(text: str) -> None:
    english = load_glossary().english(text)
    assert isinstance(english, str)
    assert all(isinstance(word, str) and word for word in load_glossary().words(text))


@given(st.text(alphabet=st.characters(max_codepoint=0x2fff), max_size=40))
def test_text_without_han_stays_as_it_is(text: str) -> None:
    assert load_glossary().english(text) == text


def test_the_longest_term_is_read_first() -> None:
    glossary = Glossary({"手机": "mobile phone", "手机号码": "mobile phone number", "号码": "number",
                         "收货人": "consignee", "姓名": "name", "地址": "address"})
    assert glossary.words("手机号码") == ["mobile phone number"]
    assert glossary.words("收货人的姓名") == ["consignee", "name"]
    assert glossary.english("ip地址").split() == ["ip", "address"]


def test_a_pinyin_column_reads_its_chinese_comment(classifier: Classifier) -> None:
    schema = [field("member", "id", "int", pk=True),
              field("member", "sjhm", "varchar(20)", comment="手机号码"),
              field("member", "zsxm", "varchar(50)", comment="真实姓名"),
              field("member", "yx", "varchar(100)", comment="电子邮箱"),
              field("member", "sfzh", "varchar(18)", comment="身份证号码"),
              field("member", "grms", "text", comment="个人描述")]
    assert category_of(classifier, schema[1], *schema) == "user.contact.phone_number"
    assert category_of(classifier, schema[2], *schema) == "user.name"
    assert category_of(classifier, schema[3], *schema) == "user.contact.email"
    assert category_of(classifier, schema[4], *schema) == "user.government_id.national_identification_number"
    assert category_of(classifier, schema[5], *schema) == "user.demographic.profile"


def test_a_chinese_comment_says_a_column_is_no_persons(classifier: Classifier) -> None:
    schema = [field("user_file", "id", "int", pk=True),
              field("user_file", "user_id", "int", comment="用户id"),
              field("user_file", "wjm", "varchar(64)", comment="文件名"),
              field("user_file", "uri", "varchar(255)", comment="文件路径")]
    assert category_of(classifier, schema[2], *schema) is None


def test_a_chinese_comment_that_ends_on_a_person_names_the_person_a_column_references(
        classifier: Classifier) -> None:
    schema = [field("fee", "id", "int", pk=True),
              field("fee", "creater", "varchar(64)", comment="创建人"),
              field("fee", "mid", "int", comment="添加用户id"),
              field("fee", "verifier_no", "int", comment="审核人员ID"),
              field("fee", "subscribe", "tinyint(3)", comment="用户是否订阅该公众号标识"),
              field("fee", "qrid", "int", comment="二维码标识")]
    assert [category_of(classifier, column, *schema) for column in schema[1:4]] == ["user.unique_id"] * 3
    assert category_of(classifier, schema[4], *schema) != "user.unique_id"
    assert category_of(classifier, schema[5], *schema) is None


def test_currency_and_taxpayers_are_no_persons_left_over_from_a_chinese_comment(classifier: Classifier) -> None:
    schema = [field("bbs_user", "uid", "int", pk=True), field("bbs_user", "rmbs", "int", comment="人民币"),
              field("invoice", "id", "int", pk=True), field("invoice", "code", "varchar(50)", comment="纳税人识别号")]
    assert category_of(classifier, schema[1], *schema) != "user.unique_id"
    assert category_of(classifier, schema[3], *schema) != "user.unique_id"


def test_an_english_comment_alone_names_no_persons_key(classifier: Classifier) -> None:
    schema = [field("fee", "id", "int", pk=True), field("fee", "mid", "int", comment="the user id")]
    assert category_of(classifier, schema[1], *schema) is None


def test_a_things_name_whose_chinese_comment_names_a_person_is_that_persons_name(classifier: Classifier) -> None:
    schema = [field("exam_item", "id", "int", pk=True),
              field("exam_item", "item_name", "varchar(60)", comment="项目名称"),
              field("exam_item", "audit_name", "varchar(60)", comment="审核人"),
              field("exam_item", "post_name", "varchar(64)", comment="岗位名称")]
    assert category_of(classifier, schema[1], *schema) is None
    assert category_of(classifier, schema[2], *schema) == "user.name"
    assert category_of(classifier, schema[3], *schema) is None


def test_a_health_checks_chinese_comments_read_as_the_patients_record_and_health(classifier: Classifier) -> None:
    schema = [field("patient", "patient_id", "int", pk=True), field("patient", "first_name"),
              field("encounter", "patient_id", "int"), field("diagnosis", "patient_id", "int"),
              field("patient", "archiveno", "varchar(50)", comment="档案号"),
              field("patient", "dietguide", "varchar(200)", comment="饮食建议"),
              field("patient", "f_issevere", "tinyint(1)", comment="重大疾病")]
    assert category_of(classifier, schema[4], *schema) == "user.health_and_medical.record_id"
    assert category_of(classifier, schema[5], *schema) == "user.health_and_medical"
    assert category_of(classifier, schema[6], *schema) == "user.health_and_medical"


def test_a_doctors_title_and_an_encrypted_user_id_read_through_the_glossary(classifier: Classifier) -> None:
    schema = [field("doctor", "id", "int", pk=True), field("doctor", "name", "varchar(32)"),
              field("doctor", "dtitle", "varchar(32)", comment="医生职称"),
              field("qrlogin", "id", "int", pk=True),
              field("qrlogin", "enuid", "varchar(64)", comment="加密的用户id")]
    assert category_of(classifier, schema[2], *schema) == "user.job_title"
    assert category_of(classifier, schema[4], *schema) == "user.unique_id.pseudonymous"


def test_the_address_of_a_link_is_its_url_no_postal_address(classifier: Classifier) -> None:
    schema = [field("advertise", "id", "int", pk=True), field("advertise", "url", "varchar(500)", comment="链接地址"),
              field("advertise", "adv_link", "varchar(255)", comment="广告链接地址")]
    assert category_of(classifier, schema[1], *schema) is None
    assert category_of(classifier, schema[2], *schema) is None


def test_an_id_whose_chinese_comment_names_a_person_keys_that_person(classifier: Classifier) -> None:
    schema = [field("order_log", "id", "int", pk=True), field("order_log", "handle_id", "int", comment="操作人id"),
              field("order_log", "target_id", "bigint", comment="接收人uid"),
              field("order_log", "goods_id", "int", comment="商品id"),
              field("order_log", "shop_id", "bigint", comment="用户所在的商城Id"),
              field("order_log", "fee_item_id", "varchar(32)", comment="体检者收费项目ID")]
    assert category_of(classifier, schema[1], *schema) == "user.unique_id"
    assert category_of(classifier, schema[2], *schema) == "user.unique_id"
    assert [category_of(classifier, column, *schema) for column in schema[3:]] == [None, None, None]


def test_the_address_a_request_goes_to_or_a_report_points_to_is_a_url(classifier: Classifier) -> None:
    assert load_glossary().english("请求地址").split() == ["request", "url"]
    interceptors = [field("interceptors", "id", "int", pk=True), field("interceptors", "app_key", "varchar(20)"),
                    field("interceptors", "request_url", "varchar(500)", comment="请求地址")]
    assert category_of(classifier, interceptors[2], *interceptors) is None
    reports = [field("bbs_report", "report_id", "int", pk=True), field("bbs_report", "report_time", "datetime"),
               field("bbs_report", "report_url", "varchar(255)", comment="举报地址")]
    assert category_of(classifier, reports[2], *reports) is None


def test_a_shops_complaints_and_the_marketplaces_replies_are_no_health_and_no_device(classifier: Classifier) -> None:
    assert load_glossary().english("主诉").split() == ["chief", "complaint"]
    complaints = [field("complain", "complain_id", "int", pk=True),
                  field("complain", "accuser_id", "int", comment="原告id"),
                  field("complain", "complain_datetime", "int(11)", comment="投诉时间"),
                  field("complain", "complain_state", "tinyint(4)", comment="投诉状态")]
    assert category_of(classifier, complaints[2], *complaints) is None
    assert category_of(classifier, complaints[3], *complaints) is None
    consults = [field("mallconsult", "mallconsult_id", "int", pk=True), field("mallconsult", "member_id", "int"),
                field("mallconsult", "mallconsult_replytime", "int(10)", comment="平台回复时间")]
    assert category_of(classifier, consults[2], *consults) is None


def test_the_time_a_thing_was_bookmarked_is_no_persons_profile(classifier: Classifier) -> None:
    assert load_glossary().english("收藏时间").split() == ["bookmark", "time"]
    favorites = [field("favorites", "member_id", "int"), field("favorites", "fav_id", "int"),
                 field("favorites", "fav_time", "int(10)", comment="收藏时间")]
    assert category_of(classifier, favorites[2], *favorites) != "user.demographic.profile"
