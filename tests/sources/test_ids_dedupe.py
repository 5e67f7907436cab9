from detente.sources import dedupe, document_id
from detente.sources.language import guess_language

STORY = (
    "The defence ministers of Norway and Finland met in Tromso on Thursday to plan a joint "
    "exercise in the Arctic next spring. Officials said about two thousand troops would take "
    "part, together with ships from both navies and aircraft from the Finnish air force. "
    "The ministers also discussed radar stations in the far north and the sharing of "
    "weather data. A second meeting is planned in Helsinki in the autumn, where the two "
    "sides hope to sign an agreement on the use of airfields. Norway said it would "
    "pay for the fuel of the visiting ships during the exercise."
)
OTHER_STORY = (
    "Norway and Finland disagreed on Monday over reindeer herding rights along their "
    "northern border, as herders from both countries complained about fences built last "
    "winter. Finnish officials said the fences protect roads from animals, while Norwegian "
    "herders said the animals lose access to summer pastures. A committee of experts will "
    "visit the region in July and report to both agriculture ministries by the end of the "
    "year. The dispute is the first of its kind since the border treaty was revised."
)


def test_document_id_is_stable_for_reposts():
    assert document_id("Hello  World\n") == document_id("hello world")
    assert document_id("ｆｕｌｌ width") == document_id("full width")
    assert document_id("one text") != document_id("another text")
    assert len(document_id("x")) == 20 and int(document_id("x"), 16) >= 0


def test_signature_is_stable():
    assert dedupe.signature(STORY) == dedupe.signature(STORY)
    assert len(dedupe.signature(STORY)) == dedupe.NUM_PERM * 4
    # Pinned so that a change of seed, scheme or hashing (which would orphan stored signatures)
    # is noticed.
    assert dedupe.signature("a b c d").hex()[:32] == "5a35b32a4a85e84b43887ba2b1462b5e"


def test_light_edit_matches():
    edited = STORY.replace("two thousand", "three thousand").replace("autumn", "winter")
    reposted = "Home | World | Sport | Log in\n" + edited + "\nCopyright Northern Pages. Share."
    index = dedupe.StoryIndex()
    index.add("original", dedupe.signature(STORY))
    assert index.match(dedupe.signature(reposted)) == "original"


def test_changed_paragraph_matches():
    sentences = STORY.split(". ")
    sentences[2] = "Reporters were not allowed to attend the meeting, which lasted four hours"
    index = dedupe.StoryIndex()
    index.add("original", dedupe.signature(STORY))
    assert index.match(dedupe.signature(". ".join(sentences))) == "original"


def test_other_story_on_same_topic_does_not_match():
    index = dedupe.StoryIndex()
    index.add("original", dedupe.signature(STORY))
    assert index.match(dedupe.signature(OTHER_STORY)) is None
    assert dedupe.similarity(dedupe.signature(STORY), dedupe.signature(OTHER_STORY)) < 0.2


def test_index_keeps_first_and_counts():
    index = dedupe.StoryIndex()
    index.add("a", dedupe.signature(STORY))
    index.add("a", dedupe.signature(OTHER_STORY))
    assert len(index) == 1
    assert index.match(dedupe.signature(STORY)) == "a"


def test_guess_language():
    assert guess_language(STORY) == "en"
    assert guess_language("Le Mali et le Sénégal ont signé un accord sur le rail.") is None
    assert guess_language("Oslo") is None
