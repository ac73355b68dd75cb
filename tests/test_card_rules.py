"""Card shapes that graders marked junk or weak, each with the rule that now keeps it out (or
makes it right) and the line ``notedeck check`` reports instead. Small notes written for the test,
read through the real pipeline (source -> outline -> extraction)."""

from __future__ import annotations

import re
from pathlib import Path

from notedeck.cards import Extraction
from notedeck.extract import extract
from notedeck.outline import Table, build_outline
from notedeck.source import load_text, read_note


def _extract(text: str) -> Extraction:
    return extract(build_outline(load_text(text, Path("note.md"))))


def _clozes(text: str) -> list[str]:
    return [card.front for card in _extract(text).cards if card.kind == "cloze"]


def _why(extraction: Extraction) -> dict[int, str]:
    """The reason ``check`` gives for each line that reached no card."""
    return {skipped.source.line: skipped.reason for skipped in extraction.skipped}


def _reasons(text: str) -> dict[int, str]:
    return _why(_extract(text))


def test_a_question_about_a_program_the_note_does_not_show_is_reported_not_carded() -> None:
    note = (
        "# Exam 5\n## Question 17\n### Which of the following best compares the two versions of the program?\n"
        "- Version I is faster\n- Version II is faster\n\n## Correction\nI picked C, but D is right.\n"
        "## Question 18\n### Which protocol resolves names to IP addresses?\n- DNS\n- TCP\n\n"
        "## Correction\nDNS resolves names.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not any("two versions" in front for front in fronts)
    assert any("resolves names to IP addresses" in front for front in fronts)
    assert "does not show" in _reasons(note)[3]
    assert not [card for card in extraction.cards if card.kind == "cloze" and "Version" in card.front]


def test_the_steps_of_a_worked_example_are_not_clozes() -> None:
    note = (
        "# Priorities\nThe atom with the highest atomic number receives priority 1 in the CIP rules.\n\n"
        "For example, if the groups are Br, Cl, F and H:\n"
        "- Br has the highest atomic number, so it is assigned priority 1.\n"
        "- Cl has the next highest atomic number, giving it priority 2.\n"
    )
    assert not [front for front in _clozes(note) if front.startswith(("Br", "Cl"))]
    assert "worked example" in _reasons(note)[5]


def test_a_sentence_that_supposes_is_an_example_not_a_fact() -> None:
    note = "# Metrics\nSuppose we run the classifier on 10 images which are 5 cats and 5 non-cats.\n"
    assert _clozes(note) == []
    assert "worked example" in _reasons(note)[2]


def test_a_fact_already_on_a_card_is_not_asked_again() -> None:
    note = (
        "# ADTs\n- Classifying ADT Operations\n  - Creators\n  - Producers\n  - Observers\n  - Mutators\n\n"
        "## Summary\nOperations can be classified into creators, producers, observers, and mutators.\n"
    )
    assert not [front for front in _clozes(note) if "classified into" in front]
    assert "already on the card" in _reasons(note)[9]


def test_a_table_of_contents_at_the_top_makes_no_enumeration() -> None:
    toc = (
        "- Electromagnetic Waves\n- Communication Technologies\n  - Wired and Wireless\n  - Signal Modulation\n"
        "  - Channel Access\n- Radio Standards\n  - Standards Organizations\n  - Radio Access Networks\n"
        "- Additional Technologies\n  - Beamforming\n\n"
    )
    body = "# Radio\n- Storage Services\n  - S3: object storage\n  - EBS: block storage\n  - EFS: file storage\n"
    kinds = [(card.kind, card.front) for card in _extract(toc + body).cards]
    assert not [front for kind, front in kinds if kind == "enumeration" and "Technologies" in front]
    assert [front for kind, front in kinds if kind == "enumeration" and "Storage Services" in front]
    # the same list under a heading is the note's own list, not its table of contents
    under = _extract("# Topics\n" + toc).cards
    assert [card for card in under if card.kind == "enumeration"]


def test_a_name_hidden_with_its_acronym_and_never_the_one_the_breadcrumb_spells() -> None:
    lead = "A load balancer spreads traffic over many targets.\n\n"
    sni = _clozes(f"# ELB\n{lead}Server Name Indication (SNI) allows you to expose many HTTPS apps on one listener.\n")
    assert sni == ["{{c1::Server Name Indication (SNI)}} allows you to expose many HTTPS apps on one listener."]
    asg = _clozes(f"# ASG\n{lead}The Auto Scaling Group can't go over the maximum capacity during scale-out events.\n")
    assert not [front for front in asg if "{{c1::Auto Scaling Group}}" in front]


def test_a_list_ending_in_a_two_word_item_is_hidden_whole() -> None:
    (front,) = _clozes(
        "# ADT design\nDesign operations first.\n\nA good ADT is simple, coherent, adequate, and representation independent.\n"
    )
    assert "{{c1::simple, coherent, adequate, and representation independent}}" in front


def test_names_with_only_a_label_are_no_statement_in_any_script() -> None:
    note = "# 3G\nSome notes on the third generation of mobile networks follow here.\n\n- EV-DO Revision A (3.9G/4G)\n"
    assert not [front for front in _clozes(note) if "Revision" in front]
    japanese = "# 感染症\n\n感染症の総論。\n\n黄色ブドウ球菌は皮膚の常在菌であり、MRSAは院内感染の原因となる。\n"
    assert "nothing said" not in _reasons(japanese).get(5, ""), "Japanese words are not spaced"
    assert [front for front in _clozes(japanese) if "{{c1::MRSA}}" in front]


def test_a_raw_html_block_with_text_is_reported_never_dropped_in_silence() -> None:
    text = (
        "# Disinfectants\n\n"
        "<div class=\"box\">\n  <b>High</b> level: Glutaraldehyde\n</div>\n\n"
        '<p align="center">\n  <img src="figure.png" width=500 />\n</p>\n\n'
        "<!-- **Epidemiology** -->\n\n"
        "<style>\nimg {width: 50%;}\n</style>\n"
    )
    reasons = _reasons(text)
    assert reasons[3].startswith("raw HTML") and "Glutaraldehyde" in reasons[3]
    assert set(reasons) == {3}  # the image alone, the comment and the style say nothing to study
    # (an HTML <table> is read as the Markdown table it stands for: test_an_html_table_and_unspaced_dashes_…)


def test_examples_of_an_open_list_are_never_what_a_cloze_hides() -> None:
    note = (
        "# Boot\nThe firmware runs first on every machine.\n\n"
        "Firmware looks at a fixed list of places stored in the flash memory, and these locations are "
        "devices like hard drive, USB, CD ROM drive, etc.\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::" in front and "etc" in front]
    assert "open list" not in _reasons(note).get(4, "open list")  # reported, with its own reason


def test_an_acronym_spelled_inside_the_heading_is_not_hidden() -> None:
    note = "# Notes\n## 2G\n### CDMA2000 1X/1x/1xRTT/IS-2000 (2.9G/3G)\nA 3G standard.\n\n1x RTT means 1x bandwidth of IS-95\n"
    assert _clozes(note) == ["1x RTT means 1x bandwidth of {{c1::IS-95}}"]


def test_a_condition_is_not_a_term() -> None:
    note = "# Destinations\n- In case of event source mapping: discarded batches can be sent to SQS and SNS\n"
    assert not [card for card in _extract(note).cards if card.front.startswith("In case of event source mapping")
                and card.kind == "definition"]


def test_a_sentence_that_leads_into_display_math_asks_for_the_formula() -> None:
    note = (
        "# Covariance\n\n"
        "Covariance is a measure of the joint variability of two random variables. It is defined as:\n\n"
        "$$\nCov(X,Y) = E(XY) - E(X)E(Y)\n$$\n\n"
        "## Dipoles\n\n"
        "For charged bodies with charge $Q$, the magnetic moment is given by\n"
        "$$\n\\mu=\\gamma J\n$$\n"
        "where $\\gamma$ is the gyromagnetic ratio.\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    defined = cards["Covariance is a measure of the joint variability of two random variables. It is defined as"]
    assert defined.back == "$$\nCov(X,Y) = E(XY) - E(X)E(Y)\n$$"
    moment = cards["For charged bodies with charge $Q$, the magnetic moment is given by"]
    assert moment.back == "$$\n\\mu=\\gamma J\n$$" and moment.extra == "where $\\gamma$ is the gyromagnetic ratio."
    assert not [front for front in cards if "$$" in front]  # no cloze ends in half a formula


def test_an_obsidian_callout_marker_is_not_text() -> None:
    note = (
        "# Scheduling\n\n"
        "> [!definition] Turnaround time\n"
        "> The time from a job's arrival to its completion.\n\n"
        "> [!abstract] Definition\n"
        "> Throughput is the number of jobs completed per unit of time.\n"
    )
    cards = _extract(note).cards
    assert cards and not [card for card in cards if "[!" in card.front + card.back]
    assert any(card.front.startswith("Turnaround time") for card in cards)


def test_a_callout_titled_with_a_generic_word_defines_no_term_by_that_word() -> None:
    note = (  # an Obsidian electricity page: the box's title says what kind of text it holds
        "# Resistance\n\n"
        ">[!note] Explanation \n"
        "Bulbs dim due to there being more resistance present in the circuit. \n\n"
        "> [!warning] Warning\n> The internal resistance of a battery is never zero.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "Explanation" in front or "Warning" in front]


def test_a_step_between_two_names_is_the_term_when_the_line_says_what_the_step_is() -> None:
    note = (  # music theory notes: two arrows, each from one note of a chord to the next
        "# Triads\n\n"
        "- A triad has three distinct notes named by consecutive letter names, where:\n"
        "  - Root → Third is a third (major or minor)\n"
        "  - Third → Fifth is a third (major or minor)\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Root" not in cards and not [back for back in cards.values() if back.startswith(("Third is", "Fifth is"))]
    assert "Root → Third" not in cards and "Third → Fifth" not in cards  # (``a third``: a name of the front again; graded junk)
    cycle = {card.front: card.back for card in _extract("# Cell cycle\n\n- G1 → S is the restriction point\n- S → G2 is DNA replicated\n").cards}
    assert cycle.get("G1 → S") == "the restriction point"


def test_a_numbered_question_heading_over_a_task_and_its_solution_is_one_question_card() -> None:
    note = (  # CKA exam practice: each task under ``Question : N``, its steps under ``**Solution :**``, tips under ``**Note:**``
        "## Disclaimer\n  These are the questions based on the experience.\n\n"
        "## Question : 2\n\n"
        "  Use context: **kubectl config use-context k8s-cluster3-context**\n"
        "  Set the node name ek8s-node-1 as unavailable and reschedule the workload.\n\n"
        "**Solution :**\n\n"
        "1. kubectl config use-context k8s-cluster3-context\n"
        "2. kubectl drain node01 --ignore-daemonsets --delete-local-data\n\n"
        "**Note:**\n1. Kubernetes documentation -  https://kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/\n\n"
        "## Question : 8\n"
        "List the noSchedule taints for cluster nodes and count the nodes.\n"
        "**Solution :**  \n"
        "kubectl get nodes -o jsonpath='{.items[*].spec.taints}' | grep -v NoSchedule | wc -l\n"
    )
    cards = _extract(note).cards
    assert [card.kind for card in cards] == ["question", "question"]
    drain, taints = cards
    assert "Set the node name ek8s-node-1 as unavailable" in drain.front and "Solution" not in drain.front
    assert "kubectl drain node01" in drain.back and "safely-drain-node" in drain.extra
    assert taints.front == "List the noSchedule taints for cluster nodes and count the nodes."
    assert taints.back.startswith("kubectl get nodes")
    assert not [card for card in cards if "Disclaimer" in card.front or card.front.startswith("Question")]


def test_the_colon_of_a_url_scheme_splits_no_command_and_commands_are_no_list_to_recite() -> None:
    note = (  # GCP study notes: gsutil and gcloud commands typed as bullets, some with what they do under them
        "## gsutil\n"
        "- gsutil ls gs://<bucket_name>/\n    - shows subdirectory contents in flat results\n"
        "- gsutil versioning get gs://storage-lab-cli-jc-2022-0131\n"
        "- gsutil cp bucket_labels.json gs://storage-lab-cli-jc-2022-0131/\n\n"
        "## VM\n\n"
        "- gcloud config get-value project\n- gcloud compute instances list\n"
        "- gcloud services list\n    - gcloud services list --enabled\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.endswith(" gs") or card.back.startswith("//")]
    assert not [card for card in cards if card.kind == "enumeration"]
    listed = (  # the same commands, each told what it does: the commands for a task are a list worth reciting
        "Comandos para manipular booleanos:\n\n"
        " - `setsebool`: Establece un valor no persistente a un booleano.\n"
        " - `getsebool -a`: Lista booleanos y su estado.\n"
        " - `semanage boolean -l`: Lista los booleanos y si es persistente o no.\n"
    )
    assert [card.kind for card in _extract(listed).cards].count("enumeration") == 1


def test_a_list_under_a_picture_about_the_points_it_marks_gives_no_card() -> None:
    note = (  # CCNA notes: two figures of switch ports, each with what it shows under it
        "## Speed/Duplex Autonegotiation\n\n"
        "![](docs/autonegotiation_1.png)\n* E = 10 Mbps\n* F = 10/100 Mbps\n* G = 10/100/1000 Mbps\n\n"
        "![](docs/autonegotiation_2.png)\n"
        "* **G0/1** will negotiate to a speed of **10 Mbps** and **full duplex**\n"
        "* **G0/2** will negotiate to a speed of **100 Mbps** and **full duplex**\n\n"
        "## Water\n\n![](water.png)\n* H = hydrogen\n* O = oxygen\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    why = _why(extraction)
    assert all("picture" in why[line] for line in (4, 5, 6, 9, 10))
    assert "picture" not in why[15]  # (symbols, not a figure's points lettered in turn)


def test_a_question_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    note = (
        "# Remote State Management Notes\n\n## Backends\n\n- Where Terraform stores state file\n"
        "- The default local backend stores terraform.tfstate in the same project folder\n\n"
        "### Challenges\n\n- Local .tfstate file doesn't work for team collaboration\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::Where" in front]


def test_the_authors_hedge_is_no_fact() -> None:
    note = "# EM\n\nAFAIK it is native to EM and is unrelated to the tail distribution of the Gaussian.\n"
    assert not [front for front in _clozes(note) if "AFAIK" in front]


def test_an_imp_note_label_is_a_remark_not_a_term() -> None:
    note = "# Inductors\n\n- imp note: distinguish '$L$' from '$C$' in writing\n"
    assert not [card for card in _extract(note).cards if card.front.startswith("imp note")]


def test_numbered_labels_of_parts_are_no_list_to_recite() -> None:
    note = (  # a Chinese physics chapter: a capacitor's part with its two usual problems, each under its label
        "# 电容器\n\n- 柱形电容器（外径$R_2$，内径$R_1$）：$$C=\\dfrac{2 \\pi \\epsilon l}{ln \\dfrac{R_2}{R_1}}$$\n"
        "  - 常见问题1：给定外径，内外电势差U，求最小电场强度E\n    - 用U表示E\n    - 求导，找极值\n"
        "  - 常见问题2：给定外径，最大电场强度E，求最大电势差U\n    - 用E表示U\n    - 求导，找极值\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "enumeration"]


def test_a_math_fence_is_display_math_and_a_critic_markup_highlight_is_a_highlight() -> None:
    note = (  # GitHub's ```math blocks in a statistics note; CriticMarkup's {==…==} in an electronics note
        "# Bernoulli distribution\n\n"
        "Support is something you can plug into $x$\n```math\nP(X = x) \\gt 0\n```\n\n"
        "Since $f$ is invariant, it follows that\n```math\n$$\n\\arg\\max_{q} \\text{ELBO}(\\theta,q)=k\n$$\n```\n\n"
        "# MOSFET\n\n$V_{GS}>V_{t}$时形成导电的{==反型层==}{>>check the book<<}\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "```" in card.front + card.back or "{" + "==" in card.front or "check the book" in card.front + card.back]
    assert [card for card in cards if card.back.endswith("$$\nP(X = x) \\gt 0\n$$")]
    assert [card.front for card in cards if card.kind == "cloze"] == ["$V_{GS}>V_{t}$时形成导电的{{c1::反型层}}"]


def test_the_same_terms_under_parallel_parts_stay_apart_and_are_told_apart_by_the_part() -> None:
    note = (  # constitutional law: the same characteristics said of three countries, differently
        "# Constitutions\n## United Kingdom\nCharacteristics:\n\n"
        "- Unwritten Constitution: Found in various documents and conventions; uncodified.\n"
        "- Separation of Powers: Executive, legislative, and judicial powers are exercised by different bodies.\n\n"
        "## United States\nCharacteristics\n\n"
        "- Federal Constitution: Each state has its own constitution.\n"
        "- Written Constitution: Contained in a single document with seven Articles and 27 Amendments.\n"
        "- Rigid Constitution: Amended only by a specific procedure outlined in Article V.\n"
        "- Separation of Powers: Legislative, executive, and judicial powers are strictly separated.\n"
        "- Judicial Supremacy: Supreme Court can declare laws unconstitutional.\n\n"
        "## Australia\nCharacteristics\n\n"
        "- Federal Constitution: Each state has its own constitution.\n"
        "- Written Constitution: Contained in a single document with 128 sections.\n"
        "- Rigid Constitution: Amended by a procedure requiring a referendum.\n"
        "- Judicial Supremacy: High Court can declare laws unconstitutional.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Written Constitution"] == "Contained in a single document with seven Articles and 27 Amendments."
    assert cards["Written Constitution (Australia)"] == "Contained in a single document with 128 sections."
    assert cards["Rigid Constitution (Australia)"] == "Amended by a procedure requiring a referendum."
    assert "Separation of Powers (United Kingdom)" in cards and not [front for front in cards if "(Characteristics)" in front]


def test_a_question_in_a_definition_list_asks_its_definition() -> None:
    note = (  # a Spanish deep-learning course: exam review in a definition list, one question asked without its mark
        "## Examen 3\n\nDataset\n: Conjunto de datos completo que tenemos para entrenar al algoritmo\n\n"
        "Para que sirve `.fit()` en Tensorflow neural networks\n: Para alimentarle nuestro dataset y asi entrenar la red\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    fit = cards["Para que sirve `.fit()` en Tensorflow neural networks?"]
    assert fit.kind == "question" and fit.back == "Para alimentarle nuestro dataset y asi entrenar la red"
    assert not [front for front in cards if "{{c1::" in front]


def test_a_name_runs_on_across_its_particle_and_a_second_names_initial() -> None:
    note = (  # a history of computing: names with a particle, an initial, and a sentence opened by "Neither"
        "# History\n\n## Pre-20th Century\n\n"
        "Blaise Pascal built a mechanical adding machine in 1642 to help his father with taxes.\n\n"
        "Neither Pascal's nor Leibniz's machines were programmable.\n\n## ENIAC and EDVAC\n\n"
        "The ENIAC was built in 1945 at the University of Pennsylvania.\n\n"
        "The first general-purpose electronic computer was the ENIAC, designed by John Mauchley and J. Presper Eckhert at the University.\n\n"
        "De leider van de opstand was Willem van Oranje.\n\n"
        "Grammatik besteht aus einem Alphabet mit einer Menge von Symbolen.\n"
    )
    fronts = _clozes(note)
    assert any("{{c1::John Mauchley and J. Presper Eckhert}}" in front for front in fronts)
    assert not [front for front in fronts if "{{c1::Neither" in front or "{{c1::Willem}}" in front]
    assert not [front for front in fronts if "Menge von Symbolen}}" in front]


def test_a_statement_label_in_bold_is_no_part_of_the_statement() -> None:
    note = (  # a computer-architecture page: **Def** over an underlined term, **Fact** and **Prop** before statements
        "# Microarchitecture\n\n## Engine\n\n"
        "**Fact**  An instruction processing engine consists of two components, datapath and control logic\n\n"
        "**Def** <i><u>Datapath</u></i>\nDatapath consists of hardware elements that deal with and transform data signals.\n\n"
        "**Prop**  Stall the pipeline on a branch instruction can resolve control hazards.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if re.search(r"\b(?:Fact|Def|Prop)\b", card.front + card.back)]
    assert {card.front: card.back for card in cards}.get("Datapath", "").startswith("Datapath consists of hardware")


def test_a_derivations_next_step_and_to_summarize_ask_nothing() -> None:
    note = (  # a fluid-dynamics derivation: lines that lead from one formula to the next, and a summary
        "# Navier-Stokes\n\n## Momentum\n\nThe momentum equation is\n$$\\rho \\dot u = f$$\n\n"
        "one can substitute everything into the equation above and obtain\n$$\n\\dot u = -\\nabla p + f\n$$\n\n"
        "Further, it holds that\n$$\nu \\cdot \\nabla u = \\nabla (u \\cdot u)\n$$\n\n"
        "To summarize: it is given an initial value for the velocity and the forcing function.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith(("one can substitute", "Further, it holds", "To summarize"))]


def test_a_note_to_watch_a_video_and_a_detailed_points_label_make_no_card() -> None:
    note = (  # chemistry notes with the author's reminder; CFA notes with a part named for its kind of points
        "# Octane Rating\n\n- Diesel vs Gasoline internal combustion engines: *watch vid*\n"
        "- Octane number/rating: *watch vid*\n- Knocking: the early ignition of fuel in the cylinder\n\n"
        "## Detailed points\n- Uni/bi/trimodal: having 1/2/3 peaks in frequency distribution graph\n"
        "- Coefficient of variation = standard variation / mean\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "watch vid" in card.back or card.front.startswith("Detailed points")]
    assert [card for card in cards if card.front == "Knocking"]


def test_a_psychology_page_callouts_bars_and_dashes_before_lists() -> None:
    note = (  # an Obsidian psychology page: a question callout, a TLDR box, terms set off by a bar, a label with a dash
        "# Attention\n\n## Meaning\n\n"
        "> [! QUESTION] What is Attention?\n> Attention is a **cognitive process** of selectively concentrating on a discrete aspect of information\n>\n\n"
        "> [! TLDR] TLDR; \n> Concentrating on one task while ignoring other stimuli (**filtering**)\n\n"
        "## Internal Factors\n\n1. **Motive** | basic needs and motives > other ones\n"
        "2. **Mental Set** |  readiness to respond; expecting a stimulus\n3. **Emotions** | \n\n"
        "## Motion\n\nApparent Motion - \n- Phi Phenomena\n- Motion after effect (MAE)\n- Induced motion\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["What is Attention?"].startswith("Attention is a **cognitive process**")
    assert cards["Mental Set"] == "readiness to respond; expecting a stimulus"
    assert "Apparent Motion — list all 3" in cards
    assert not [front for front in cards if "TLDR" in front or "|" in front or " - —" in front]


def test_a_quotation_open_at_the_end_of_a_wrapped_line_goes_on_to_the_next() -> None:
    note = (  # a history of computing, its paragraphs wrapped at about 130 characters
        "# History\n\n## Pre-20th Century\n\n"
        "Gottfreid Wilhelm von Liebniz, one of the inventors of Calculus, created a four-function mechanical calculator called the \"Stepped \n"
        "Reckoner\" in the 1690's. Conincidentally, Stepped Reckoner was the band I played lead guitar for in 1987. I was five.\n"
    )
    assert any('"{{c1::Stepped Reckoner}}" in the 1690' in front for front in _clozes(note))


def test_a_bold_term_over_its_text_under_a_heading_is_the_term_not_the_headings_answer() -> None:
    note = (  # a computer-architecture page: the heading names the part, the bold line the term it defines
        "# Microarchitecture\n\n## **Process Instruction**\n\n**Def**  <i><u>Processing an Instruction</u></i> \n"
        "Processing an instruction is to transform state AS to state AS' according to the ISA specification of the instruction, "
        "where the ISA specifies abstractly what AS' should be, given an instruction and AS (a transition function in an abstract "
        "[finite state machine](https://example.org/fsm)), and the microarchitecture implements how AS is transformed to AS'.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Processing an Instruction"].startswith("Processing an instruction is to transform state AS")
    assert "Process Instruction" not in cards


def test_a_port_table_asks_each_port_by_its_service_however_long_its_name() -> None:
    note = (  # Security+ common ports: a table typed without outer bars, one service on two rows
        "# Common Ports for Security+\n\nPort | Description\n--|--\n"
        "20 | File Transfer Protocol - FTP Data\n22 | SSH - Secure Shell Remote Login Protocol / SCP / SFTP \n"
        "53 | DNS - Domain Name System\n1645, 1646 | RADIUS\n1812, 1813 | RADIUS\n3389 | RDP - Remote Desktop Protocol\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["SSH - Secure Shell Remote Login Protocol / SCP / SFTP — Port"] == "22"
    assert cards["RADIUS — Port"] == "1645, 1646, 1812, 1813"
    assert len(cards) == 5


def test_a_predicate_cloze_never_holds_a_clause_of_its_own_nor_ends_on_even() -> None:
    note = (  # IB geography notes on glaciation, written as long sentences
        "# Glaciation\n\nPlucking happens when ice freezes onto the bedrock. "
        "The material is ripped out of it's place even if it's a rock as large as your house.\n\n"
        "Boulder clay which is the ground stone is ubiquitous within the region and a rich soil is a possitive side effect.\n\n"
        "Storage is where data is kept long-term, and memory is where data is kept short-term.\n"
    )
    fronts = _clozes(note)
    assert not [front for front in fronts if "even}}" in front or "ubiquitous within the region}}" in front]
    assert "Storage is {{c1::where data is kept long-term}}, and memory is where data is kept short-term." in fronts
    assert not [card for card in _extract(note).cards if card.front.startswith("Boulder clay which")]


def test_example_sentences_of_two_words_and_an_exception_to_nothing_give_no_card() -> None:
    note = (  # Italian grammar (DI or DA) and GCP notes (Shared VPC)
        "# Preposition Da\n\n1. Origin with VENIRE\n\nExamples:\n- Vengo da Roma\n- Vengo dall'Italia\n\n"
        "# Shared VPCs\n\nThe general advice is to not use VPC peering with a Shared VPC. Exception is during a migration.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration" or "{{c1::during a migration}}" in card.front]


def test_a_python_special_method_is_its_name_not_a_word_in_bold() -> None:
    note = (  # Python interview notes: generators against normal functions
        "# Generators\n\n3) Methods like __iter__() and __next__() are implemented automatically. So we can iterate through the items.\n"
    )
    said = [card.front + card.back for card in _extract(note).cards]
    assert said and all("`__iter__`" in text and "`__next__`" in text for text in said)


def test_a_number_in_angle_brackets_is_a_concepts_tag_never_a_cloze() -> None:
    note = (  # an IT-management essay form, each concept tagged with the course's number for it
        "# Theme 3\n\n### Q1.1 - How is the story related to the theme? (Max 400 characters)\n\n"
        "The story of ArcoMed is related to <311> IT Operations Management (ITOM) as it highlights the challenges faced after "
        "migrating to a third-party cloud platform. The lack of <103> Business Continuity measures, insufficient <310> Incident "
        "Response and fragmented <316> Monitoring demonstrate a gap in managing IT services during a crisis.\n"
    )
    assert not [front for front in _clozes(note) if re.search(r"\{\{c\d::\d+\}\}", front)]


def test_a_learning_plan_a_reading_task_and_a_korean_note_label_are_no_terms() -> None:
    note = (  # physics vault pages and a Korean AWS note
        "*Learning plan*\nOutline ferromagnetism and the exchange field.\nOutline hysteresis.\n\n"
        "# Important Simple Cases\n\nRead and understand the derivation by yourself: Sears & Zemansky 28.3, 2\n\n"
        "# Routing\n\n- Bucket name must match the domain\n- 참고, \n  - Route53 서비스가 라우팅하기 위하여 hosted zone과 같은 region일 필요 없음!!\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if front.startswith(("Learning plan", "Read and understand", "참고"))]
    assert "read or do" in _why(extraction)[7]


def test_a_sentence_starting_on_its_verb_under_a_heading_of_several_things_needs_its_subject() -> None:
    note = (  # CKAD notes: the heading names three things, the bullet's subject is the bullet above it
        '# Pod Design\n'
        '\n'
        '## Labels, Selectors, Annotations\n'
        '- labels and selectors are standard methods of grouping things together\n'
        '- labels are properties attached to each item\n'
        '- selectors help filter each item\n'
        "    - bascally applying selectors to select the specific label valuess you're interested in\n"
        '- examples labels:\n'
        '    - app name\n'
        '    - function\n'
        '- how to apply labels:\n'
        '    - use the pod `metadata.labels[]` property, e.g.\n'
        '        ```yaml\n'
        '        metadata:\n'
        '            labels:\n'
        '                appName: my-awesome-app\n'
        '                function: front-end\n'
        '                release: v1\n'
        '        ```\n'
        '- how to apply selectors:\n'
        '    - in imperitive/CLI commands, use the `--selector` option:\n'
        '        - `kubectl get pods --selector <label-key>=<label-value>[,<label-key>=<label-value>]`\n'
        '- remember that in a ReplicaSet definition, we use a selector to group pods as targets of that ReplicaSet:\n'
        '    - `spec.selector.matchLabels[]`: a key-value pair of labels, used to filter to the appropriate pods\n'
        '    - keep in mind, the ReplicaSet (and Deployment) definition also includes a pod template:\n'
        '        - `spec.template`, which has the field `spec.template.metadata.labels` for applying labels to the pods it deploys\n'
        "    - in general, we want these to match if we're doing things that make sense\n"
        '        - that is, at least one label k/v pair should match\n'
        '- annotations are used to record other details for inventory purposes\n'
        '    - e.g. build information, e.g. `buildversion: 1.3.4`\n'
        '    - applied at the `metadata.annotations[]` property\n'
        "    - seems like they can't be used to apply selectors\n"
        '\n'
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front.startswith("applied at")]
    assert "starts on its verb" in _why(extraction)[31]


def test_a_line_naming_the_kinds_listed_heads_its_list_across_a_blank_line() -> None:
    note = (  # GCP notes: a label, a blank line, then the two modes
        "# VPC\n\n## Cloud Router\n\nCloud Router uses BGP to exchange routes with other networks.\n\n"
        "Dynamic Routing modes\n\n- Regional - only advertise subnets in the same region.\n- Global - all subnet routes in VPC.\n\n"
        "![OSI to TCP IP models](https://example.org/osi.png)\n\n- Application layer\n- Transport layer\n"
    )
    cards = _extract(note).cards
    assert [card.context[-1] for card in cards if card.front in ("Regional", "Global")] == ["Dynamic Routing modes"] * 2
    assert not [card for card in cards if "OSI to TCP IP models" in card.context]


def test_a_term_line_that_says_what_it_consists_of_takes_the_short_list_under_it() -> None:
    note = (  # a computer-architecture page: a term in bold, what it consists of, its parts right below
        "# Microarchitecture\n\n## Engine\n\nAn engine has two parts.\n\n"
        "**Datapath**\nDatapath consists of hardware elements that deal with and transform data signals.\n"
        "- Functional units that operate on data\n- Storage units that store data (e.g., registers)\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Datapath"].endswith("- Functional units that operate on data\n- Storage units that store data (e.g., registers)")


def test_a_bold_term_then_what_it_is_over_a_list_asks_the_term() -> None:
    note = (  # a computer-architecture page: **Def** over the term, what it is, and a list saying it
        "# Microarchitecture\n\n## Process Instruction\n\nText about processing.\n\n"
        "**Def**  <i><u>Single-cycle machines</u></i> is the machine such that:\n"
        "- Each instruction takes a single clock cycle\n- All state updates made at the end of an instruction\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Single-cycle machines"].startswith("is the machine such that:\n\n- Each instruction takes a single clock cycle")


def test_a_sentence_opening_on_which_goes_on_from_the_formula_above() -> None:
    note = (  # a fluid-dynamics derivation: the formula, then what it holds
        "# Navier-Stokes\n\n## Momentum\n\nThe Reynolds number is defined as\n$$Re = \\frac{\\rho U L}{\\mu}$$\n"
        "which is the single characteristic parameter of this equation.\n"
    )
    extraction = _extract(note)
    assert not [front for front in _clozes(note) if front.startswith("which is")]
    assert any("sentence before" in reason for reason in _why(extraction).values())


def test_an_aside_in_full_width_brackets_and_classes_counted_in_chinese_make_no_card() -> None:
    note = (  # Chinese notes: a model shown in a picture, only an aside in words; a plant receptor's two classes
        "# 背栅效应\n\n最终得到的小信号模型：（考虑了背栅效应和衬底电容）\n\n![alt text](model.png)\n\n"
        "# 光敏色素 (phytochrome)\n\n- 分类\n  - 一类\n    - 光不稳定\n  - 二类\n    - 光稳定\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.back.startswith("（") or card.kind == "enumeration"]


def test_examples_named_in_chinese_are_no_list_to_recite() -> None:
    note = (  # a Chinese physics chapter: the models worked as examples, each with its result below it
        "# 静电场的能量\n\n- 考虑几个模型的静电能作为例子\n"
        "  - 真空中的均匀带电球面\n    - $W = \\frac{Q^2}{8\\pi\\epsilon_0 R}$\n"
        "  - 真空中的球形电容器\n    - $W = \\frac{Q^2}{2C}$\n"
        "  - 无限大均匀电介质中的均匀带电金属球\n    - $W = \\frac{Q^2}{8\\pi\\epsilon R}$\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "enumeration"]


def test_a_globs_two_stars_are_no_bold_mark() -> None:
    note = (  # GCP study notes: gsutil commands with a glob, what it does under each
        "## gsutil\n- gsutil ls gs://<bucket_name>/**\n    - /** shows subdirectory contents in flat results\n"
        "- gsutil versioning get gs://storage-lab-cli-jc-2022-0131\n- gsutil mb -l northamerica-northeast1 gs://storage-lab-cli\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["gsutil ls gs://<bucket_name>/**"] == "/** shows subdirectory contents in flat results"


def test_a_which_of_question_without_its_mark_is_asked_with_its_options() -> None:
    note = (  # a ports quiz: the question's mark left off, the answer written white under the options
        "# TCP and UDP Ports Quiz\n\nWhich of the ports listed below are used by RADIUS\n\n"
        "- [ ] 989\n- [ ] 1812\n- [ ] 5060\n- [ ] 1813\n\n<font color=white>1812, 1813</font>\n"
    )
    cards = [card for card in _extract(note).cards if card.kind == "question"]
    assert [card.back for card in cards] == ["1812, 1813"]
    assert cards[0].front.startswith("Which of the ports listed below are used by RADIUS")


def test_a_footnote_is_a_line_of_its_own_and_its_mark_never_shows() -> None:
    note = (
        "# Carditis\n\n"
        "- Myocarditis\n  - Tachycardia\n  - Gallop rhythm [^1]\n\n"
        "[^1]: Gallop rhythm: Additional heart sound (S3 or S4) from rapid ventricular filling\n"
        "[^2]: Friction rub: Abnormal heart sound caused by inflammation of the pericardium\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "[^" in card.front + card.back]
    fronts = {card.front: card.back for card in cards}
    assert fronts["Gallop rhythm"] == "Additional heart sound (S3 or S4) from rapid ventricular filling"
    assert fronts["Friction rub"].startswith("Abnormal heart sound")


def test_a_numbered_heading_and_a_prefixed_heading_name_their_topic() -> None:
    note = (
        "# OSI model\n\n### 7 - APPLICATION\n\n- This layer is closest to the end user.\n- HTTP is a layer 7 protocol.\n\n"
        "### OSI MODEL - PDU's\n\nA PDU is a Protocol Data Unit, one per layer of the model.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "APPLICATION" in fronts
    assert "OSI MODEL" not in fronts and not [front for front in fronts if front.startswith("- ")]


def test_options_marked_right_and_wrong_ask_for_the_right_one() -> None:
    note = (
        "# Layers\n\nQuiz 2\nHTTP data has three headers and one trailer. What is the name for this PDU?\n"
        "- ❌ A. Packet - the layer 3 PDU, two headers and no trailer\n"
        "- ✅ B. Frame - the layer 2 PDU: three headers and one trailer\n"
        "- ❌ C. Segment - the layer 4 PDU\n"
    )
    (card,) = _extract(note).cards
    assert card.kind == "question" and not card.front.startswith("Quiz")
    assert "- A. Packet\n- B. Frame\n- C. Segment" in card.front and "❌" not in card.front
    assert card.back == "B. Frame - the layer 2 PDU: three headers and one trailer"


def test_a_sentence_that_says_what_its_subject_is_asks_for_it() -> None:
    note = "# Scheduling\n\nA scheduler decides who runs.\n\nThroughput is the number of jobs completed per unit of time.\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Throughput"] == "Throughput is the number of jobs completed per unit of time."


def test_two_items_naming_one_term_in_one_place_are_one_card() -> None:
    note = (
        "# DynamoDB\n\nCan encrypt data at rest via\n- A key owned by AWS DDB (no charge)\n"
        "- KMS - Customer managed CMK (a key stored in your account that you manage)\n"
        "- KMS - AWS managed CMK (a key stored in your account, but managed by AWS, charges apply)\n"
    )
    kms = [card for card in _extract(note).cards if card.front == "KMS"]
    assert len(kms) == 1 and kms[0].back.count("\n- ") == 1 and "AWS managed CMK" in kms[0].back


def test_to_dos_references_and_hands_on_parts_are_not_facts() -> None:
    note = (
        "# Networking\n\nPods talk over the cluster network.\n\n"
        "- TODO Given an LSI check whether the range key is required when updating a record\n\n"
        "arxiv: 1803.08823 section VI. machine learning methods in physics review\n\n"
        "## Lab\n\nYou are working for a company called BeeBox that ships 500 bees to customers every week.\n"
    )
    assert _extract(note).cards == [] or all(
        "TODO" not in card.front and "1803" not in card.front and "BeeBox" not in card.back + card.front
        for card in _extract(note).cards
    )
    reasons = _reasons(note)
    assert "to-do" in reasons[5] and "reference" in reasons[7] and "'Lab'" in reasons[9]  # (the hands-on part, set aside whole)


def test_a_name_in_code_is_a_term_and_a_see_above_is_no_answer() -> None:
    note = (
        "# POSIX\n\nThere are a few POSIX built-in functions which allow for forced scheduling manipulation.\n"
        "- `sched_yield()`: calling thread relinquishes the CPU and is put at the end of the run queue\n"
        "- `pthread_join()`: suspend the calling thread until the target thread terminates\n"
        "- query: see above\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["sched_yield()"].startswith("calling thread relinquishes the CPU")
    assert "POSIX" not in cards  # the sentence only announces the list
    assert "query" not in cards


def test_lines_written_one_item_per_line_are_a_list_on_the_card() -> None:
    note = "# ML\n\nApplications of ML:\nChatGPT\nPDE solving\nPrediction models\n\tgenerating synthetic data\n"
    (card,) = _extract(note).cards
    assert card.back == "- ChatGPT\n- PDE solving\n- Prediction models\n  - generating synthetic data"


def test_a_heading_answer_keeps_the_bullets_that_go_on_saying_beside_terms_of_their_own() -> None:
    note = (
        "# Policies\n\n### first come first serve\n"
        "First Come First Serve (FCFS) scheduling simply schedules tasks in the order they arrive in the queue.\n"
        "- Cheap to implement, and good for maximizing throughput\n"
        "- **Convoy effect**: short tasks get stuck with long wait times behind long tasks\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["first come first serve"].endswith("- Cheap to implement, and good for maximizing throughput")
    assert "Convoy" not in cards["first come first serve"] and "Convoy effect" in cards


def test_the_authors_emphasis_on_a_little_word_is_not_hidden() -> None:
    note = "# Variance\n\nThe variance of a sum is the sum of variances.\n\nThe random variables **HAVE** to be independent.\n"
    assert not [front for front in _clozes(note) if "{{c1::HAVE}}" in front]


def test_label_lines_over_a_list_are_no_definition_and_given_this_is_no_term() -> None:
    note = (
        "# Debate\n\nFailures of Squo\nPrudential reasons for encouraging school\n"
        "- Well educated students are much better for the economy.\n\n"
        "Given this: The fact that child labor is still incentivised at all makes no sense.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Failures of Squo" not in fronts and "Given this" not in fronts


def test_what_stands_above_the_first_heading_stands_under_the_notes_title() -> None:
    note = "---\nid: CH39 - Variance of Sums\n---\n\nCovariance is a measure of the joint variability of two random variables.\n\n# Exercises\n\nRoll two dice.\n"
    (card, *_) = _extract(note).cards
    assert card.context == ("Variance of Sums",)


def test_an_arrow_line_maps_a_term_and_a_flow_of_arrows_does_not() -> None:
    note = "# Notes\n\nAm -> An dem\nAns -> An das\nZum -> Zu dem\n\nS3 Events -> SNS topic -> SQS queues\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Am"] == "An dem" and cards["Zum"] == "Zu dem"
    assert "S3 Events" not in cards


def test_a_sentence_left_unfinished_before_display_math_goes_on_in_the_formula() -> None:
    note = (
        "# Linear regression\n\nValues of the fitting parameters are determined by minimizing\n"
        "$$\n\\mathcal{L} = || Xw - y ||^2\n$$\n\nThis ratio is identical to\n$$\nOR = 1\n$$\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Values of the fitting parameters are determined by minimizing"] == "$$\n\\mathcal{L} = || Xw - y ||^2\n$$"
    assert not [front for front in cards if front.startswith("This ratio")]  # what "this" is, the card cannot say


def test_applying_a_rule_to_an_example_is_the_example_not_a_term() -> None:
    note = (
        "# R/S\n\nPriorities go to the atoms with the highest atomic number first.\n\n"
        "- **Applying Rule 1**:\n   - OH has the highest atomic number and thus receives priority **1**.\n"
        "   - Hydrogen, with the lowest atomic number, is given priority **4**.\n"
    )
    assert not [card for card in _extract(note).cards if "Applying" in card.front or "priority" in card.front]


def test_placeholders_pointers_part_numbers_and_identities_make_no_cards() -> None:
    note = (
        "# ECON1102\n\n## W2\n\n### L1\n\nWe have the actual lecturer today, amazing!\n\n"
        "### Cross Join\n- TO FILL OUT\n\n### Counting\nRefer to [[Counting]]\n\n"
        "- PRODUCTION = EXPENDITURE = INCOME\n- Course: ST2334\n\n"
        "*Q21: Gets the amount of employees in total*\n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards]
    assert not {"L1", "Cross Join", "Counting", "PRODUCTION", "Course"} & set(fronts)
    assert not [card for card in cards if "{{c1::Q21}}" in card.front or "{{c1::Gets}}" in card.front]


def test_a_table_of_data_rows_is_no_comparison() -> None:
    note = (
        "# Joins\n\n| Dnumber | Dname | Mgr |\n|---|---|---|\n| AD3100 | Admin Services | D01 |\n"
        "| IF1000 | Info Services | D02 |\n\n| ENTRYPOINT | CMD | Effect |\n|---|---|---|\n"
        "| Yes | Yes | overrides both |\n| Yes | No | overrides and runs |\n| No | Yes | appended |\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "comparison"]


def test_a_sentence_never_ends_inside_a_wikilink_or_a_formula() -> None:
    note = (
        "# Blackbody\n\nWhen light (or any [[physics/ch. 24 - electromagnetic waves#Waves\\|EM]] radiation) falls on "
        "an opaque body, part of it is absorbed by the **blackbody**.\n"
    )
    assert not [front for front in _clozes(note) if "[[" in front or "ch." in front]


def test_a_definition_that_leads_into_a_list_holds_the_list() -> None:
    note = (
        "# Economics\n\n**Key Assumptions**: Assume that people are:\n- Rational\n- Maximizing (prefer more to less)\n\n"
        "## Adipociti\n\n- Bianco (uniloculare) -- Forma sferica, il nucleo spinto in periferia^[dalla goccia lipidica]\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Key Assumptions"] == "Assume that people are:\n\n- Rational\n- Maximizing (prefer more to less)"
    assert cards["Bianco (uniloculare)"] == "Forma sferica, il nucleo spinto in periferia (dalla goccia lipidica)"


def test_display_math_inside_a_line_is_a_formula_unless_it_sits_in_an_aside() -> None:
    note = (
        "# Probability\n\nTwo events A and B are independent if and only if$$P(A\\cap B) = P(A)P(B)$$Example: coins.\n\n"
        "- sensitivity:: the share of true positives found ($$\\frac{TP}{TP+FN}$$)\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Two events A and B are independent if and only if"] == "$$\nP(A\\cap B) = P(A)P(B)\n$$"
    assert cards["sensitivity"] == "the share of true positives found ($$\\frac{TP}{TP+FN}$$)"


def test_an_example_label_is_not_one_of_the_things_listed() -> None:
    note = "# Keigo\n\n- 丁寧語\n  - です\n  - ます\n  - example\n    - 村上です\n    - 食べます\n"
    (listing, *_) = [card for card in _extract(note).cards if card.kind == "enumeration"]
    assert listing.back == "- です\n- ます"


def test_a_sentence_leading_into_a_short_code_block_asks_for_the_command() -> None:
    note = (
        "# Priority\n\nHere's how to add `N` to the priority of a command when it runs:\n\n```\nnice -n N command\n```\n\n"
        "A loop in Python looks like this.\n\n```python\nfor i in range(3):\n    print(i)\n```\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Here's how to add `N` to the priority of a command when it runs"] == "```\nnice -n N command\n```"
    assert not [back for back in cards.values() if "print(i)" in back]


def test_a_separator_inside_math_or_an_aside_splits_nothing() -> None:
    note = "# Vector space\n\n- Associativity\n  - $(x+y)+z = x+(y+z)$\n  - $(ab)v=a(bv)$\n\n(Links:: [[Human Computer Interaction]])\n"
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.startswith(("$", "(Links"))]


def test_a_tag_the_sentence_goes_on_after_is_a_word_and_a_trailing_tag_is_metadata() -> None:
    note = (
        "# Cyber Kill Chain\n\n- Reconnaissance / #recon: gathering a lot of #OSINT research on the target\n"
        "- Weaponization: combining an #exploit and a #backdoor into a deliverable #phase2\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    assert cards["Reconnaissance / recon"].back == "gathering a lot of OSINT research on the target"
    weapon = cards["Weaponization"]
    assert weapon.back == "combining an exploit and a backdoor into a deliverable" and "phase2" in weapon.tags


def test_a_proof_under_its_own_heading_makes_no_cards_and_every_line_is_reported() -> None:
    note = (
        "# Third normal form\nA schema is in **3NF** when every dependency has a superkey or a prime attribute.\n\n"
        "## Proof of the theorem\n- da qui: se $A$ primo, manca la prima condizione\n"
        "- $X\\subset K$: esiste una chiave che contiene $X$\n\nSuppose not, and assume x comes first.\n\n"
        "## Lossless join\nA decomposition is **lossless** when the natural join gives back the relation.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if 5 <= card.source.line <= 8]
    assert [card for card in extraction.cards if card.source.line == 2]
    assert [card for card in extraction.cards if card.source.line == 10]
    reasons = _reasons(note)
    assert all("worked example or proof" in reasons[line] for line in (4, 5, 6, 8))


def test_an_example_box_is_reported_but_a_box_titled_with_a_topic_is_read() -> None:
    note = (
        "# 3NF\n> [!example]- esempio 1\n> R = ABCD, F = {A -> B, B -> CD}\n> - la chiave è A\n\n"
        "> [!example] Visual displays\n> - **Projection**: an image thrown onto a screen by a lens\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.source.line <= 4]
    assert "[!example] box 'esempio 1'" in _reasons(note)[2]
    assert any(card.front.startswith("Projection") for card in extraction.cards)


def test_a_word_that_opens_a_bullet_sentence_is_not_hidden_as_a_name() -> None:
    note = (
        "# Graphs\n## Depth First Search\n"
        "• Suppose not, and assume that x is reached first in DFS.\n\n"
        "Workers may not get the job they want. Most workers look for a job.\n"
    )
    fronts = _clozes(note)
    assert not [front for front in fronts if "{{c1::Suppose}}" in front or "{{c1::Workers}}" in front]
    assert not [front for front in fronts if "{{c1::DFS}}" in front]  # the breadcrumb spells it out


def test_text_the_author_marked_with_html_bold_is_what_a_cloze_hides() -> None:
    note = "# Reading\n<b>Hinter dem</b> Sofa stehen zwei große Boxen.\n\n<b>Auf dem</b> Sofa liegt ein Hund.\n"
    fronts = _clozes(note)
    assert fronts and all("{{c1::Hinter dem}}" in front or "{{c1::Auf dem}}" in front for front in fronts)


def test_a_table_right_under_a_bullet_is_a_table_not_a_sentence() -> None:
    note = (
        "# Permissions\n- The last three characters are the permissions of all other users.\n"
        "| Bit | Purpose | Octal Value |\n| --- | --- | --- |\n| r | Read | 4 |\n| w | Write | 2 |\n"
    )
    assert not [front for front in _clozes(note) if "|" in front]
    outline = build_outline(load_text(note, Path("note.md")))
    assert "table@3: Bit | Purpose | Octal Value (2 rows)" in outline.pretty()


def test_a_table_of_two_lists_gives_a_card_per_column_not_a_pair_per_row() -> None:
    note = (
        "# Trigger words\n| Words that indicate preterite tense | Words that indicate imperfect tense |\n"
        "| --- | --- |\n| de repente | generalmente |\n| ayer | todos los días |\n"
    )
    cards = _extract(note).cards
    assert sorted(card.front for card in cards) == [
        "Words that indicate imperfect tense",
        "Words that indicate preterite tense",
    ]
    assert all(card.front != "de repente" for card in cards)
    preterite = next(card for card in cards if "preterite" in card.front)
    assert "de repente" in preterite.back and "ayer" in preterite.back and "generalmente" not in preterite.back


def test_a_heading_whose_first_sentence_goes_on_from_before_is_not_defined_by_it() -> None:
    note = (
        "# Physics\n## The Photoelectric Effect\n"
        "From Planck's assumption, we find that we can calculate the frequency of light from its energy.\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "definition"]


def test_a_textbook_question_number_and_true_or_false_make_a_question_card() -> None:
    note = (
        "# Review Questions\n### R18: True or false? When the timer expires, ssthresh is set to half of its value\n\n"
        "False, the new value is one half of cwnd.\n"
    )
    cards = _extract(note).cards
    assert [card.kind for card in cards] == ["question"]
    assert cards[0].front.startswith("True or false?") and "one half of cwnd" in cards[0].back


def test_what_the_author_says_of_themselves_is_reported_not_clozed() -> None:
    note = (
        "# Ireland\nMaybe I'm just not cut out for history, I need to put in more time.\n\n"
        "I wrote a CSV to JSON script in Python.\n\n"
        "cIAP1 leads to NF-κB signalling from Complex I and upregulation of cFLIP.\n\n"
        "The first ionization energy (I~1~) rises across a period.\n"
    )
    reasons = _reasons(note)
    assert "author's own remark" in reasons[2] and "author's own remark" in reasons[4]
    assert "author's own remark" not in reasons.get(6, "") and "author's own remark" not in reasons.get(8, "")
    assert not [front for front in _clozes(note) if "Python" in front or "history" in front]


def test_pandoc_superscript_and_subscript_render_as_such_but_not_inside_math_or_code() -> None:
    from notedeck.render import markdown_html

    html = markdown_html("Z~eff~ grows; 1s^2^2s^1^ and $a^2^$ and `x~y~` and ~~gone~~")
    assert "Z<sub>eff</sub>" in html and "1s<sup>2</sup>2s<sup>1</sup>" in html
    assert "a^2^" in html and "<code>x~y~</code>" in html and "<s>gone</s>" in html


def test_learning_objectives_are_not_a_term_nor_facts() -> None:
    note = (
        "# Configure role-based access control\n## Learning objectives\n"
        "- Identify the differences between Azure RBAC and Azure Active Directory roles.\n"
        "- Review the built-in Azure RBAC roles.\n\n"
        "## Roles\nA **role definition** is a collection of permissions.\n"
    )
    extraction = _extract(note)
    assert [(card.source.line, card.front) for card in extraction.cards] == [(7, "role definition")]
    assert "learning objective" in _reasons(note)[3]


def test_display_math_inside_a_sentence_that_goes_on_stays_in_the_sentence() -> None:
    note = (
        "# Monopoly\n- Monopolists produce less than the optimal quantity\n"
        "  * because monopolists want $$MR = MC$$. Maximum surplus is attained in perfect competition.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.startswith("because")]
    assert any("$$MR = MC$$" in card.back for card in cards if card.front.startswith("Monopolists"))


def test_cpp_scope_operator_is_not_an_explicit_card() -> None:
    note = "# Pointers\nThe free store is memory the program allocates with new.\n   std::cout << p << '\\n';\n"
    assert not [card for card in _extract(note).cards if card.kind == "explicit"]


def test_a_hypothetical_with_we_or_you_and_a_number_is_an_example() -> None:
    note = "# Arrays\nIf we assign an array of 10 int elements to the heap they are stored next to each other.\n"
    assert _clozes(note) == []
    assert "worked example" in _reasons(note)[2]


def test_a_line_that_ends_in_an_article_runs_on_into_the_next_even_before_a_name() -> None:
    from notedeck.extract.prose import units
    from notedeck.outline import Para

    wrapped = Para(
        "It was among the Irish exiles training in the seminaries of Catholic Europe, or in the\n"
        "Netherlands, that exile produced a new Irishness.\nThe Volunteers formed in 1778.",
        2,
        4,
    )
    assert [unit.lines for unit in units(wrapped)] == [range(2, 4), range(4, 5)]


def test_a_label_without_a_colon_ends_at_a_blank_line_after_its_list() -> None:
    note = (
        "# Personal Jurisdiction\nService of process serves two functions\n- notice of suit\n"
        "- exertion of the state's power over the defendant\n\n- Pennoyer v. Neff (p. 105)\n"
        "  - the problem here is not notice, it is the exertion of state power\n\n"
        "Insertions:\n- insert the node and colour it red\n- recolour and rotate\n\n- node is the root: colour it black\n"
    )
    cards = _extract(note).cards
    pennoyer = [card for card in cards if card.source.line == 6]
    assert pennoyer and all("Service of process" not in crumb for crumb in pennoyer[0].context)
    root = next(card for card in cards if card.front == "node is the root")
    assert "Insertions" in root.context


def test_an_answer_that_only_leads_into_what_the_note_does_not_say_is_reported() -> None:
    note = "# Pennoyer\n- due process\n  - defendant has a right of due process to:\n"
    assert _extract(note).cards == []
    assert "leads into" in _reasons(note)[2]


def test_a_table_of_contents_above_the_first_heading_makes_no_enumerations() -> None:
    note = (
        "- Electromagnetic Waves\n- Communication Technologies\n\t- Wired and Wireless\n\t- [[Signal Modulation]]\n"
        "\t- Channel Access\n- Radio Standards\n\t- Standards Organizations\n\t- Radio Access Networks\n"
        "\t\t- User Equipment\n\t\t- Core Network\n- Additional Technologies\n\t- Beamforming\n"
        "# Notes\nGSM uses **TDMA** to share a channel.\n"
    )
    extraction = _extract(note)
    assert [card.source.line for card in extraction.cards] == [14]
    assert "table of contents" in _reasons(note)[1]


def test_a_numbered_part_title_is_named_by_its_topic_and_is_no_term() -> None:
    note = (
        "# Skill 2.1: Describe the core Azure architectural components\n- Intro\n"
        "  - Companies fear losing their data when moving to the cloud\n"
        "## Availability Zones\n- At least **3** zones in each enabled region\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.startswith("Skill 2.1")]
    assert all(
        card.context[0] == "Describe the core Azure architectural components" for card in cards if card.context
    )


def test_a_field_of_the_note_is_not_a_definition() -> None:
    note = (
        "Tags: #Languages/German/Vocabulary\nLinks: [[Vokabular]]\n\n# Words\n"
        "- Next: Nächstes\n- Teacher: der Lehrer\n- Window: das Fenster\n- Created: 2024-03-26\n"
    )
    cards = _extract(note).cards
    assert [card.front for card in cards] == ["Teacher", "Window"]
    reasons = _reasons(note)
    assert "field of the note" in reasons[1] and "field of the note" in reasons[8]


def test_a_note_without_a_title_heading_is_titled_by_its_file_name() -> None:
    note = "## Static Friction\n- **Static friction** holds a body at rest until the applied force exceeds it.\n"
    cards = extract(build_outline(load_text(note, Path("Friction.md")))).cards
    assert cards and all(card.context[0] == "Friction" for card in cards)
    titled = "# Friction\n## Static Friction\n- **Static friction** holds a body at rest.\n"
    cards = extract(build_outline(load_text(titled, Path("Friction.md")))).cards
    assert cards and all(card.context.count("Friction") == 1 for card in cards)
    untitled = extract(build_outline(load_text(note, Path("notes.md")))).cards
    assert untitled and not [card for card in untitled if "notes" in card.context]


def test_obsidian_comments_are_not_part_of_the_note() -> None:
    note = "# Shells\n%% | n | l |\n| --- | --- |\n| 1 | 0 | %%\nThe **octet rule**: 8 electrons fill a shell.\n"
    extraction = _extract(note)
    assert not [skipped for skipped in extraction.skipped if skipped.source.line in (2, 3, 4)]
    assert extraction.cards


def test_a_heading_over_display_math_asks_for_the_formula() -> None:
    note = (
        "# Buck converter\n## Control Law\n\n$$\n\\frac{V_{out}}{V_{in}} = d\n$$\nwith\n$$\nT_{S} = \\frac{1}{f_{c}}\n$$\n\n"
        "## Output ripple\n\n$$\n\\Delta V_{out} = \\frac{\\Delta Q}{C}\n$$\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "V_{out}" in cards["Control Law"] and "with" in cards["Control Law"] and "f_{c}" in cards["Control Law"]
    assert "\\Delta Q" in cards["Output ripple"]


def test_a_card_dropped_as_a_twin_is_reported_not_lost() -> None:
    note = (
        "# DNS\n- Amazon Route 53: a managed DNS service that routes users to endpoints\n"
        "- Route 53: a managed DNS service that routes users to endpoints\n"
    )
    assert "says the same" in _reasons(note)[3]


def test_derivation_steps_are_not_formula_cards_but_results_are() -> None:
    note = (
        "# Frequency response\nAssume the input signal is\n$$\nx(t) = X\\sin \\omega t\n$$\n\n"
        "From the laplace transform table,\n$$\nX(s) = \\frac{\\omega X}{s^2 + \\omega^2}\n$$\n\n"
        "The steady-state output is given by\n$$\ny_{ss}(t) = X|G(j\\omega)|\\sin(\\omega t + \\phi)\n$$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts == ["The steady-state output is given by"]


def test_a_formula_heading_is_no_crumb_and_an_example_box_of_something_is_an_example() -> None:
    note = (
        "# Impulse\n## $$\\int u(\\tau)\\delta(t-\\tau)d\\tau=u(t)$$\nwhere $u$ is a continuous function.\n\n"
        "The **impulse response** is the output when an impulse is the input.\n\n"
        "> [!example]- Eksempel på linearitet\n> Tag følgende eksempel med input $u_1$\n"
    )
    extraction = _extract(note)
    assert all(not any("$$" in crumb for crumb in card.context) for card in extraction.cards)
    assert not [card for card in extraction.cards if card.source.line >= 7]


def test_a_charge_on_a_symbol_is_not_a_separator() -> None:
    note = "# SN2\n- Nu:– binds as the leaving group departs\n- Strong Nu:– can make up for a poor leaving group\n"
    assert not [card for card in _extract(note).cards if card.front in ("Nu", "Strong Nu")]


def test_a_lookup_table_is_asked_row_by_row_but_example_data_is_not() -> None:
    note = (
        "# BJT\n## Operation Regions\n| BE Junction | BC Junction | Region of Operation |\n| --- | --- | --- |\n"
        "| Forward | Reverse | Forward Active |\n| Reverse | Forward | Reverse Active |\n"
        "| Reverse | Reverse | Cutoff |\n| Forward | Forward | Saturation |\n\n"
        "## Permissions\n| Bit | Purpose | Octal Value |\n| --- | --- | --- |\n| r | Read | 4 |\n| w | Write | 2 |\n\n"
        "## Example data\n| DeptNo | DeptName | MgrNo |\n| --- | --- | --- |\n| A00 | Spiffy | 00001 |\n| B01 | Planning | 00002 |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["BE Junction: Forward; BC Junction: Reverse — Region of Operation?"] == "Forward Active"
    assert cards["r (Bit)"] == "- Purpose: Read\n- Octal Value: 4"
    assert not [front for front in cards if "A00" in front or "DeptNo" in front]


def test_paragraphs_going_on_about_a_heading_join_its_card_and_a_link_pointer_defines_nothing() -> None:
    note = (
        "# SQL\n### Subqueries\n\nA subquery allows several `SELECT` statements within a single query\n\n"
        "can be placed in a `WHERE` clause to create more powerful queries\n\n"
        "### Self Join\n\nused when rows are combined with other rows of the same table\n\nrequires the use of an alias\n\n"
        "example:\n\n### Mathematical Functions\n\n"
        "a list of all operators can be found [here](https://example.org/math)\n\n"
        "### Wendungen\n\nKritik üben\ndeal out criticisms\n\netwas in Betracht ziehen\nconsider sth.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "WHERE" in cards["Subqueries"] and "single query" in cards["Subqueries"]
    assert cards["Self Join"].endswith("requires the use of an alias")
    assert "Mathematical Functions" not in cards
    assert "Betracht" not in cards.get("Wendungen", "")  # two-line vocabulary pairs: no sentence going on


def test_a_generic_label_such_as_causes_carries_its_parent() -> None:
    note = (
        "# Rheumatic Fever\n## Causes\n- M proteins of the bacterium resemble human tissues\n"
        "- The immune system attacks the heart valves\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Rheumatic Fever — Causes" in fronts


def test_a_cloze_never_ends_on_a_loose_word_or_hides_a_quotation_or_a_book() -> None:
    note = (
        "# Notes\n"
        "With development in the fields of physics and chemistry, fortunately, we can have an insight.\n\n"
        "Both may be permanent or impermanent, and interactions and concentrations of regulators matter.\n\n"
        'Jackson responds "Our federal union, it must be preserved"\n\n'
        "Modern Control Engineering, 5th edition\n\n"
        "Some enzymes require nonprotein molecules, these are called **cofactors,** and bind loosely.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "fortunately, we}}" in front or "and interactions" in front]
    assert not [front for front in clozes if "Our federal" in front or "Modern Control" in front]
    assert any("{{c1::cofactors}}" in front for front in clozes)
    assert "reference" in _reasons(note)[8]


def test_a_name_the_file_title_gives_is_not_hidden() -> None:
    note = (
        "## Word order\n\n- An adverb is a word that modifies a verb and stands before it\n"
        "- Subject-object-verb (SOV) is a common word-order pattern in Latin.\n"
        "- Typical word order in a simple Latin clause is:\n  1. the subject\n  2. the object\n  3. the verb\n"
    )
    extraction = extract(build_outline(load_text(note, Path("latin grammar.md"))))
    assert not [card for card in extraction.cards if "{{c1::Latin}}" in card.front]


def test_a_cloze_neither_stops_mid_phrase_points_below_nor_is_spelled_by_the_sentence() -> None:
    note = (
        "# Pointers\nMemory addresses are manipulated -- in the material we've so far covered -- with pointers.\n\n"
        "Problem is showed below\n\n"
        'A nullptr is a "null" or "0" value assigned to a pointer to clear the address it holds.\n\n'
        "Half-filled and filled orbitals are harder to remove electrons from\n\n"
        "In the next class, we will learn the rule of electron configuration from the Aufbau principle.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "we've}}" in front or "below}}" in front or "{{c1::null}}" in front]
    assert "Half-filled and filled orbitals are {{c1::harder to remove electrons from}}" in clozes
    assert "remark" in _reasons(note)[10]


def test_a_long_label_over_a_table_names_it_without_its_aside() -> None:
    note = (
        "# Latin\n## Word order\nLatin puts the verb last.\n\n#### Endings\n\n"
        "- Present and future indicative active of laudā (first & second conjugations)\n\n"
        "\t| | Present | Future |\n\t|---|---|---|\n\t| sg. 1st | laudō | laudābō |\n\t| sg. 2nd | laudās | laudābis |\n\n"
        "- Present and future indicative active of age (third conjugation)\n\n"
        "\t| | Present | Future |\n\t|---|---|---|\n\t| sg. 1st | agō | agam |\n\t| sg. 2nd | agis | agēs |\n"
    )
    contexts = [card.context for card in _extract(note).cards]
    assert ("Latin", "Word order", "Endings", "Present and future indicative active of laudā") in contexts
    assert ("Latin", "Word order", "Endings", "Present and future indicative active of age") in contexts


def test_what_stands_above_the_first_heading_is_under_the_file_title() -> None:
    note = (
        "Tag: #control\n\n- Advantage:\n\t- We can use measured data without deriving the model.\n\n"
        "# Bode Diagram\nA Bode diagram plots the magnitude and the phase against frequency.\n"
    )
    cards = extract(build_outline(load_text(note, Path("Frequency Response.md")))).cards
    advantage = next(card for card in cards if "Advantage" in card.front)
    assert advantage.context[:1] == ("Frequency Response",)
    assert advantage.front == "Advantage"  # the title is on the breadcrumb, not repeated in the front
    assert all(card.context[:1] != ("Frequency Response",) for card in cards if card.source.line >= 6)


def test_a_limit_spelled_in_words_is_what_a_cloze_hides() -> None:
    note = (
        "# VPC\nOnly one internet gateway can be attached to a VPC at a time.\n\n"
        "Minimum of two public subnets to deploy an internet ELB.\n\n"
        "The most common cause, albeit not the only one, of chirality is a stereogenic carbon.\n"
    )
    clozes = _clozes(note)
    assert "Minimum of {{c1::two}} public subnets to deploy an internet ELB." in clozes
    assert not [front for front in clozes if "only {{c1::one}}," in front]


def test_a_heading_typed_without_its_space_is_still_a_heading() -> None:
    note = (
        "#Newton's Laws\n\n##Newton's First Law - Inertia\nA body stays at rest unless a net force acts on it.\n\n"
        "###Introduction\nQuicksort is an efficient sorting algorithm that picks a pivot.\n\n"
        "```\n##not a heading in code\n```\n"
    )
    extraction = _extract(note)
    contexts = {card.context for card in extraction.cards}
    assert ("Newton's Laws", "Newton's First Law", "Introduction") in contexts
    assert not [card for card in extraction.cards if "#" in card.front or card.front == "'s Laws"]


def test_an_exam_objective_is_not_a_fact_and_links_to_own_headings_are_contents() -> None:
    note = (
        "# AZ-900\n### Core components\n1. Describe the benefits and usage of **Regions** and **Region Pairs**\n"
        "+ An **Azure Region** is a set of datacenters connected through a low-latency network\n\n"
        "## Table of Sorting Algorithm\n1. [Quicksort](#quicksort)\n1. [Features](#features)\n"
        "1. [Usage](#usage)\n1. [References](#references)\n\n## Quicksort\nQuicksort picks a pivot.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "Describe the benefits" in card.front]
    assert any("{{c1::Azure Region}}" in card.front for card in extraction.cards)
    assert not [card for card in extraction.cards if "Features" in card.back]
    assert "objective" in _reasons(note)[3]


def test_a_short_titled_heading_is_a_part_a_calculation_step_is_no_cloze_and_links_teach_nothing() -> None:
    note = (
        "# Elasticity\n## Price Elasticity: Graphical View\nAlong a linear demand curve elasticity changes.\n\n"
        "## EBS: Elastic Block Store\nEBS is a network drive you attach to one instance.\n\n"
        "## Example\nε = 3% / -1% = -3, therefore elastic\n\n"
        "## Links\n- [Lecture one](https://example.org/1)\n- [Lecture two](https://example.org/2)\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Price Elasticity" not in cards and "EBS" in cards
    assert not [front for front in cards if "{{c1::3%}}" in front]
    assert "Links" not in cards


def test_a_bold_label_behind_a_mark_heads_its_list_and_a_range_in_parentheses_never_splits() -> None:
    note = (
        "# Teoría\n🔹 **VOLTAIRE (1694 - 1778)**\n- Considerado el mayor crítico del Antiguo Régimen\n"
        "- Autor de las Cartas Filosóficas\n\n✔ **CARACTERÍSTICAS**\n- OPTIMISMO: Fe en el progreso\n"
    )
    extraction = _extract(note)
    assert any(card.context[-1:] == ("CARACTERÍSTICAS",) for card in extraction.cards)
    assert "VOLTAIRE (1694 - 1778)" in [card.front for card in extraction.cards]
    assert not [card for card in extraction.cards if any(crumb.endswith("(1694") for crumb in card.context)]


def test_a_table_of_words_in_two_languages_is_asked_word_by_word() -> None:
    note = "# Pronombres\n| es | en |\n| --- | --- |\n| yo | I |\n| tú | you |\n| nosotros | we |\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("yo") == "I" and cards.get("nosotros") == "we"
    assert "es vs en" not in cards


def test_see_slide_is_no_answer_and_ex_is_no_term() -> None:
    note = (
        "# Memory\n## Mnemonic Devices - What do these mean?\n(see slide 11)\n\n"
        "## Effects\n- spacing effect\n  - distributed practice is better than massed study\n"
        "  - ex - studying over time v. cramming the night before\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith("Mnemonic Devices") or front == "ex"]
    assert "spacing effect" in fronts


def test_prose_under_a_headings_bullets_about_its_term_joins_its_card() -> None:
    note = (
        "# Storage classes\n## S3 Standard\n- Designed for frequently accessed data\n"
        "- Stores data in a minimum of three Availability Zones\n\n"
        "Amazon S3 Standard provides high availability for objects. It costs more than the other classes.\n"
        "## S3 Outposts\n- Creates S3 buckets on AWS Outposts\n\nGlacier is a different class altogether.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "costs more" in cards["S3 Standard"]
    assert "Glacier" not in cards["S3 Outposts"]


def test_a_hugo_box_title_is_a_label_and_empty_bullets_leave_no_blank_items() -> None:
    note = (
        "# Duty of care\n\n"
        '{{<admonition type="case" title="Spandeck Engineering v DSTA (2007)">}}\n\n'
        "- **Threshold:** Factual (reasonable) foreseeability\n- **Two-stage Test**\n  - Legal Proximity\n"
        "  - Policy Considerations\n\n{{</admonition >}}\n\n"
        "## Subnets\n- 4 reserved IP addresses in every subnet\n  -\n    - Network address\n  -\n    - Default gateway\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "admonition" in card.front + card.back or "{{c1::case}}" in card.front]
    assert any(card.context[-1:] == ("Spandeck Engineering v DSTA (2007)",) for card in cards)
    assert all(line.strip() not in ("-", "*") for card in cards for line in card.back.split("\n"))


def test_a_heading_whose_text_only_links_elsewhere_is_no_card() -> None:
    note = (
        "# Alkenes\n## Ozonolysis\nOzone cleaves every pi bond of the alkene.\n"
        "##### Mechanism\n- [[Ozonolysis Mechanism]]\n\n## Substitution\nAn electrophile replaces a hydrogen.\n"
        "##### Mechanism\nmechanism is [[Electrophilic substitution of Alkenes|here!]]\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "Mechanism" in front]


def test_a_highlight_cloze_in_a_hard_wrapped_paragraph_takes_its_whole_sentence() -> None:
    note = (
        "# Arrays\n## Reading\n"
        "Array reading operation is ==looking up== a value at a\nparticular index in an array.\n\n"
        "A computer can jump to any memory address in ==one== step. Fox example if we\n"
        "jump to `1010` address, we can read the value.\n"
    )
    clozes = _clozes(note)
    assert "Array reading operation is {{c1::looking up}} a value at a particular index in an array." in clozes
    assert "A computer can jump to any memory address in {{c1::one}} step." in clozes


def test_no_cloze_inside_an_html_tag_no_split_inside_emphasis_and_a_colour_card_is_explicit() -> None:
    note = (
        "# Ions\n## name–color\n"
        '1. iron(III) ion::dilute: <a style="color: yellow;">yellow</a>, concentrated: <a style="color: brown;">brown</a>\n\n'
        "## Time\n- _Fixed time $C$: Compile time (non-major consideration)_\n\n"
        "## Risk\n$RR<1$ implies the disease is LESS LIKELY to occur in the group with the risk factor\n"
    )
    cards = _extract(note).cards
    assert any(card.kind == "explicit" and card.front.startswith("iron(III) ion") for card in cards)
    assert not [card for card in cards if "{{c1::color" in card.front or card.front.startswith("_Fixed")]
    assert any("{{c1::LESS LIKELY}}" in card.front for card in cards)  # a less-than sign is no tag


def test_a_summary_box_does_not_repeat_the_authors_own_cards() -> None:
    note = (
        "# ion\n> * cation: positively charged ion\n> * anion: negatively charged ion\n"
        ">   * except: hydrogen ion\n"
        "1. cation:::positively charged ion\n2. anion:::negatively charged ion\n"
    )
    cards = [(card.kind, card.front) for card in _extract(note).cards]
    assert ("explicit", "cation") in cards and ("explicit", "anion") in cards
    assert not [front for kind, front in cards if kind == "definition"]


def test_a_table_whose_headers_are_arrows_is_asked_as_an_order() -> None:
    note = (
        "# STP\n## Forming STP\nElection (*Lowest*) | --> | --> | --> |\n------|-----|-----|-----|\n"
        "1 - A **Root Bridge** per LAN | BID |\n2 - A **Root Port** per switch | Root Cost | Neighbor BID | Local Port ID |\n"
        "3 - A **Designated Port** per segment | Root Cost | Local BID | Local Port ID |\n"
    )
    backs = [card.back for card in _extract(note).cards]
    assert "Root Cost → Neighbor BID → Local Port ID" in backs
    assert not [back for back in backs if "-->" in back]


def test_objectives_behind_bullet_marks_page_styling_html_splits_and_todo_answers_make_no_cards() -> None:
    note = (
        "# DP-900\n{: .fs-6 .fw-300 }\n\n### Describe ways to represent data\n"
        "1. Describe features of structured data\n2. Describe features of semi-structured data\n"
        "3. Describe features of unstructured data\n\n"
        "### Identify options for data storage\n• Describe common formats for data files\n"
        "Blob storage keeps **binary large objects** in containers.\n\n"
        "## Início: Assembleia Constituinte e Legislativa\n- Constituição de 1791\n\n"
        '## Diretório\n<mark style="color:red;">Napoleão Bonaparte organiza golpe e toma o poder.</mark>\n\n'
        "## Forwarding Rules\n<TODO: what is a forwarding rule in GCP?>\n"
    )
    cards = _extract(note).cards
    text = " ".join(card.front + " " + card.back for card in cards)
    assert "Describe" not in text and "fs-6" not in text and "TODO" not in text
    assert not [card for card in cards if card.front in ("Início", "<mark style", "Identify options for data storage")]
    assert any("{{c1::binary large objects}}" in card.front for card in cards)


def test_a_multiple_choice_question_is_answered_by_the_option_named_after_it() -> None:
    note = (
        "# Quiz\nAccording to the trait theory of personality, what is the largest factor in personality?\n"
        "1. Parental Discipline\n2. Genetics\n3. Gender\n> Genetics\n"
    )
    (card,) = [card for card in _extract(note).cards if card.kind == "question"]
    assert card.back == "Genetics" and "B. Genetics" in card.front


def test_a_statement_with_a_dash_remark_is_not_a_term_and_its_definition() -> None:
    note = (
        "# Subnetting\n- There is no God -- God is Nature; God is substance\n"
        "- Last host is broadcast address - 1\n- TCP -- reliable transport protocol with handshakes\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "TCP" in fronts
    assert not [front for front in fronts if front in ("There is no God", "Last host is broadcast address")]


def test_a_whole_line_highlight_a_half_emphasis_and_a_vague_noun_are_no_clozes() -> None:
    note = (
        "# Akkusativ\n## Abbreviations\n- ==für + das -> fürs==\n- ==um + das -> ums==\n\n"
        "## Articles\neinen, eine, ein, _No Plural_.\n\n"
        "## Variables\narrays are a thing, they can't change length (use vectors for that)\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "fürs}}" in front or "_No}}" in front or "{{c1::a thing}}" in front]


def test_a_questions_setup_and_an_exercise_instruction_are_no_facts() -> None:
    note = (
        "# Quiz\nMatch each Big Five personality dimension with the trait to which it is highly correlated\n\n"
        "Samantha has just taken a personality test. The test is clinically valid and reliable.\n"
        "Based on this result, on which of the other traits do you expect her to score highly?\n"
    )
    assert _clozes(note) == []
    reasons = _reasons(note)
    assert "objective" in reasons[2] and "part of a question" in reasons[4]


def test_what_you_need_to_know_lists_study_goals_not_facts() -> None:
    note = (
        "# Renal\n### What you need to Know\n- How is the kidney involved in drug clearance?\n"
        "- PK and PD changes with renal failure\n\n### Clearance\nRenal clearance is the volume of plasma cleared per minute.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "What you need to Know" not in fronts and "Clearance" in fronts


def test_a_numbered_example_label_and_a_foreign_note_label_are_no_terms() -> None:
    note = (
        "# Big O Notation\nBig O describes how the runtime grows with the input.\n\n"
        "**Example 1**\n`O(n)` - Linear growth of the loop.\n\n"
        "## Predicado\n**Importante:** Quando um predicado tem um verbo de ação ele é verbal.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "Example 1" in front or front.startswith("Importante")]
    assert not [front for front in fronts if "{{c1::Importante}}" in front]


def test_clinical_attribute_headings_under_different_diseases_stay_apart() -> None:
    note = (
        "# Neoplasms\n## Hemangioblastoma\n### Histology\nThin-walled capillaries surrounded by stromal cells.\n"
        "## Oligodendroglioma\n### Histology\nFried egg cells and a chicken-wire pattern of capillaries.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Fried egg" in cards["Oligodendroglioma — Histology"]
    assert "Fried egg" not in cards["Hemangioblastoma — Histology"]


def test_logseq_and_latex_boxes_hold_their_text_and_link_sections_hold_no_facts() -> None:
    note = (
        "# Acids\n\\begin{definition}{Weak Acid}\n- An acid that does not fully dissociate in water\n\\end{definition}\n\n"
        "## Leases\n- #+BEGIN_IMPORTANT\n  A lease is the amount of time an ^^ip address^^ is assigned to a computer\n"
        "  #+END_IMPORTANT\n\n## Links\n- Supply & Demand - https://www.youtube.com/watch?v=abc\n"
        "- Elasticity of Demand - Micro Topic 2.3\n"
    )
    cards = _extract(note).cards
    text = " ".join(card.front + " " + card.back for card in cards)
    assert "\\begin" not in text and "#+" not in text and "^^" not in text
    assert any(card.front == "Weak Acid" for card in cards)
    assert not [card for card in cards if "youtube" in card.back or "Micro Topic" in card.front]


def test_labels_that_only_say_where_something_is_are_never_asked() -> None:
    note = (
        "# Amazon EFS\n## General Info\nEFS is billed for the storage you use, not what you provision.\n\n"
        "# Threat Actors\n**Key Topics:**\n- *Threat Actor*: individual or entity responsible for incidents\n"
        "- *Hacktivist*: attacker driven by a political cause\n\n"
        "## Diodes\n- Memorize this: the forward voltage of silicon is 0.7 V\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "General Info" in front or "Key Topics" in front]
    assert not [front for front in fronts if front.startswith("Memorize")]
    assert "Threat Actor" in fronts and "Hacktivist" in fronts
    assert any("0.7" in card.front + card.back for card in extraction.cards)
    assert any(
        "EFS" in card.front + card.back and "billed" in card.front + card.back for card in extraction.cards
    )


def test_a_list_the_label_counts_differently_is_not_asked_as_all_of_them() -> None:
    note = (
        "# Dijkstra\n- Two Invariants\n  - Invariant #1\n    - every vertex in X has its distance\n"
        "  - Invariant #2\n    - the heap holds the greedy score\n  - Point\n    - both hold after each step\n\n"
        "- Three pillars of observability\n  - Logs\n  - Metrics\n  - Traces\n"
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "enumeration"]
    assert not [front for front in fronts if front.startswith("Two Invariants")]
    assert "Three pillars of observability — list all 3" in fronts


def test_a_question_and_its_answer_on_one_line_become_a_question_card() -> None:
    note = (
        "# Networking\n## NAT versus Bastions\n- Why use Bastions? You want to SSH into a private subnet instance\n"
        "- you can put basically anything (?) in a box to put data on the heap\n"
        "- Is this a repeat of question 3? Free store is also called the heap\n"
        "## 市场\n- 供给曲线右移代表什么意思? 同样的价格条件下 市场上商品的供给量增加。\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "question"}
    assert cards["Why use Bastions?"] == "You want to SSH into a private subnet instance"
    assert cards["供给曲线右移代表什么意思?"].startswith("同样的价格条件下")
    assert not [front for front in cards if "anything (" in front or "repeat" in front]


def test_remarks_about_the_course_bylines_and_pictures_make_no_cloze() -> None:
    note = (
        "# Der Kalte Krieg\nvon André Sommer am 27.12.2021\n\n"
        "## Theories\n- Realism: states seek power because they fear each other.\n"
        "- Liberalism: states cooperate through institutions.\n"
        "- not going to be tested, big and complicated\n"
        "- See Figure 9 on page 99 of the text for an example\n"
        "## Caspases\n- Effector caspases have a short prodomain and p20 and p10 domains ![](<Pasted image 1.png>)\n"
        "- Notation ![image.png](../assets/image_1.png){:height 279, :width 550}\n"
    )
    extraction = _extract(note)
    clozes = [card.front for card in extraction.cards if card.kind == "cloze"]
    assert not [front for front in clozes if "Sommer" in front or "tested" in front or "Figure" in front]
    assert not [front for front in clozes if "279" in front or "Pasted" in front]
    reasons = _reasons(note)
    assert "remark" in reasons[2] and "remark" in reasons[7] and "remark" in reasons[8]


def test_a_heading_written_as_a_bullet_names_what_its_children_are_about() -> None:
    note = (
        "# Addressing\n- #### Class B\n\t- Range = 128 - 191\n\t- Default Mask = 255.255.0.0\n"
        "- #### Class C\n\t- Range = 192 - 223\n\t- Default Mask = 255.255.255.0\n"
        "- ## Practice\n\t- [[Drawing 2022-09-17 17.13.32.excalidraw]]\n\t- [[Drawing 2022-09-26 11.52.17.excalidraw]]\n"
    )
    cards = _extract(note).cards
    ranges = {" › ".join(card.context): card.back for card in cards if "Range" in card.front}
    assert ranges == {"Addressing › Class B": "128 - 191", "Addressing › Class C": "192 - 223"}
    assert not [card for card in cards if "excalidraw" in card.back]


def test_an_arrow_or_an_inequality_is_not_a_separator_and_twin_headings_make_one_card() -> None:
    note = (
        "# Azure Storage\n#### Azure Queues\n- Provides storage for the messages.\n- A message could be <= 64kb\n\n"
        "#### Azure Queues\n- Used for communication among distributed applications\n\n"
        "## Theories\nanarchy (no authority) <---> (complete authority) hegemony\n\n"
        "A test against a published standard, for example: SOC 2 Type 1 or 2, PCI-DSS, HIPAA\n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards]
    assert not [front for front in fronts if front.endswith(("<", "<--")) or front.endswith("for example")]
    queues = [card for card in cards if card.front == "Azure Queues"]
    assert len(queues) == 1
    assert "64kb" in queues[0].back and "distributed applications" in queues[0].back


def test_math_glued_to_text_and_answers_to_an_unseen_quiz_make_no_card() -> None:
    note = (
        "# Binomial\nEquation: $$\nP(Y=y)={n \\choose y}p^y(1-p)^{n-y}\n$$$Y$ = # of systems in 15 that operate\n"
        "$$\n\\begin{split}\nP(Y=2)&={15 \\choose 2}(0.75)^2(0.25)^{13}\\\\\n&= 8.8\\times 10^{-7}\n\\end{split}\n$$\n\n"
        "- GCSE Recap\n\t- Easy\n\t\t- 1\n\t\t\t- The flow of electrons, $I=\\frac{Q}{t}$\n\t\t- 2\n\t\t\t- Coulomb\n"
        "\t- A bit difficult?\n\t\t- 1\n\t\t\t- $R_{total} = 5 + 1 = 6Ω$\n\t\t- 2\n\t\t\t- $I_1 = 6 / 2 = 3A$\n"
    )
    extraction = _extract(note)
    for card in extraction.cards:
        assert "\\begin" not in card.front + card.back and "&=" not in card.front + card.back
        assert not card.front.startswith(("Easy", "A bit difficult"))
    reasons = _reasons(note)
    assert "quiz the note does not show" in reasons[16]


def test_exam_weights_are_not_terms_and_fast_typed_bullets_are_bullets() -> None:
    note = (
        "Session 2\n-----------\nWeight 2\n* /proc /sys /dev directories\n* lsmod, lspci, lsusb commands\n\n"
        "## Verbs\n- 行く\n--pronounced \"iku\" means will go\n-Non-past form verbs - can be used in a present or future tense\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "Weight" in card.front]
    iku = next(card for card in cards if card.front == "行く")
    assert "iku" in iku.back and "--" not in iku.back
    assert any(card.front == "Non-past form verbs" for card in cards)


def test_guesses_whole_sentence_clozes_and_glossary_labels_make_no_card() -> None:
    note = (
        "# Atomic Habits\n## The Dopamine-driven feedback loop\n- lemme guess, it's about rewards\n"
        "## Habit stacking\n- Probably about taking small steps gradually\n\n"
        "## Sampling\n**DO NOT GET HUNG UP ON REPLACEMENT AND NON-REPLACEMENT**.\n\n"
        "## Terminology\n- EC2\n- AMI\n- EBS\n"
    )
    cards = _extract(note).cards
    text = " ".join(card.front + " " + card.back for card in cards)
    assert "lemme" not in text and "Probably" not in text
    assert "HUNG UP" not in text
    assert not [card for card in cards if card.front.startswith("Terminology")]
    reasons = " ".join(_reasons(note).values())
    assert "guess" in reasons and "most of the sentence" in reasons


def test_a_step_is_named_by_its_title_and_a_phrase_under_two_headings_is_two_cards() -> None:
    note = (
        "#### Step 1: Selecting Root Bridge\n- Switches use the **Bridge ID** field to elect a root bridge\n\n"
        "###### Criteria for selection\n- Root Bridge is the one with the lowest **Bridge ID**\n\n"
        "#### Step 2: Selecting Root Port\n- Each remaining switch selects ONE root port\n\n"
        "###### Criteria for selection\n1. lowest **Root cost**\n2. lowest neighbor **Bridge ID** (i.e: step 1 above)\n"
        "3. Lowest neighbor **Port ID**\n\n**Root Cost**\n- 10 Mbps = 100\n- 1 Gbps = 4\n"
    )
    cards = _extract(note).cards
    criteria = {card.front: card.back for card in cards if card.front.startswith("Criteria for selection")}
    assert len(criteria) == 2
    assert "Root cost" not in criteria["Criteria for selection"]
    assert any("Root cost" in back for back in criteria.values())
    assert all("Step" not in " › ".join(card.context) for card in cards)


def test_a_step_number_a_label_that_names_its_items_and_an_open_question_are_not_asked() -> None:
    note = (
        "## test taking tech\n- tech 1: plugin\n  - avoid 0, 1 and 2 when you plug in numbers\n\n"
        "## Risks\n### Avoid, Accept, Transfer and Mitigate\n1. Avoid\n2. Accept\n3. Transfer\n4. Mitigate\n\n"
        "## Laplace Transform\n- What is it for ?\n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards]
    assert "tech 1" not in fronts
    assert not [front for front in fronts if front.startswith("Avoid, Accept")]
    assert not [card for card in cards if card.back.strip().endswith("?")]


def test_a_german_noun_is_not_taken_for_a_name() -> None:
    note = (
        "# Der Kalte Krieg\n## Mauerfall\nDer Mauerfall war am 9. November 1989.\n\n"
        "Die Sowjetzohne gab ihren Widerstand auf.\n\nDie Grenzsoldaten sahen das System bereits so zerrüttet, dass die den Widerstand aufgaben.\n\n"
        "Durch die Offenheit von Gorbatschow gelang es Helmut Kohl die Auflösung der DDR und die Angliederung zu erreichen.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "{{c1::Widerstand}}" in front]
    assert any("{{c1::Helmut Kohl}}" in front for front in clozes)


def test_a_label_over_what_a_module_covers_is_no_crumb_and_attribute_labels_carry_their_parent() -> None:
    note = (
        "## Module 3.1: Threat Actors and Motivations\n**Learning Objectives:**\n"
        "- Identify categories of threat actors\n- Explain motivations for different types of attacks\n\n"
        "## Hacktivists\n**Key Topics:**\n- Hacktivists: individuals who use their skills for a political cause\n"
        "- Techniques: DDoS, defacement, data leaks, doxing\n\n"
        "## Nation-State Actors\n**Key Topics:**\n- Techniques: false flag operations, custom malware\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "Learning Objectives" in card.front]
    assert all("Key Topics" not in card.context for card in cards)
    fronts = {card.front for card in cards}
    assert {"Hacktivists — Techniques", "Nation-State Actors — Techniques"} <= fronts


def test_course_logistics_reminders_and_links_set_beside_a_sentence_make_no_card() -> None:
    note = (
        "midterm - march 25\nproject - may 26/27 (practical)\n\n# Remote Sensing\n"
        "Draw this schema ==next class== #nextClass\n\nKnow ==slide 21==\n\n"
        "- To learn hard things quickly you must focus intensely without distraction. [[Paradox]]\n"
        "- 命名 [[命名]]：简单醛同醇的命名\n"
    )
    extraction = _extract(note)
    text = " ".join(card.front + " " + card.back for card in extraction.cards)
    assert "march" not in text and "next class" not in text and "slide 21" not in text
    assert "Paradox" not in text and "命名 命名" not in text
    reasons = _reasons(note)
    assert "remark" in reasons[5] and "remark" in reasons[7]


def test_a_list_of_facets_some_defined_some_heading_their_own_notes_is_not_asked_as_all_of_them() -> None:
    note = (
        "# Chords\n- In A minor scale\n  - A B C D E\n    - T S T T\n    - 7 semitones\n"
        "    - A to C\n      - 3 semitones\n    - Amin: A C E\n- In C major scale\n  - C D E F G\n    - T T S T\n"
        "    - 7 semitones\n    - C D E\n      - 4 semitones\n    - Cmaj: C E G\n"
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "enumeration"]
    assert not [front for front in fronts if front.startswith(("A B C D E", "C D E F G"))]


def test_a_heading_naming_its_part_after_a_colon_is_not_a_definition() -> None:
    note = (
        "## Utility/Preferences\n### A) Social preferences: dictator game\n"
        "> Imagine you have been given $10 to split between yourself and another student.\n\n"
        "* First case giving is higher than the second case. Why?\n    * People care about what others think\n"
    )
    assert not [card for card in _extract(note).cards if card.back.strip() == "dictator game"]


def test_dates_wide_table_rows_gaps_and_sentence_lists_make_no_card() -> None:
    note = (
        "# Lecture 1\n*Recorded: January 9, 2017<br>\nViewed: August 20, 2020*\n\n"
        "## Model organisms\n| Domain | Species | Common name | Base pairs (M) | Genes |\n|---|---|---|---|---|\n"
        "| Bacteria | E. coli | n/a | 4.6 | 4,300 |\n| Eukarya | S. cerevisiae | yeast | 12 | 6,600 |\n\n"
        "## Phobias\n- Psychoanalytics: anxiety from repressed **BLANK** displaced onto an object\n\n"
        "## 〜までに\n- 〜までに\n\t- A（名词，动词辞书形）までに＿＿＿＿　　在A之前\n\t- 来週の火曜日までにレポートを出してください\n"
    )
    cards = _extract(note).cards
    text = " ".join(card.front + " " + card.back for card in cards)
    assert "Recorded" not in text and "BLANK" not in text
    assert not [card for card in cards if "Species:" in card.front]
    assert not [card for card in cards if card.kind == "enumeration" and card.front.startswith("〜までに")]
    assert any(card.front == "〜までに" and "来週" in card.back for card in cards)


def test_closing_hashes_a_numeric_change_a_lookup_table_and_a_long_vocabulary_list() -> None:
    note = (
        "##Resonance##\nResonance is when a system is driven at its natural frequency.\n\n"
        "## Rates\nBoE 基準利率：0.1% => 4.25% (10 次)\n\n"
        "## Numbers\n| Number (english) | Number (Korean) |\n|---|---|\n| 0 | 공 |\n| 1 | 일 |\n| 2 | 이 |\n\n"
        "### Глаголы\nmangiare - есть<br>\nguardare - смотреть<br>\ngiocare - играть<br>\nlavorare - работать<br>\n"
        "amare - любить<br>\nascoltare - слушать<br>\nsapere -знать, уметь<br>\ndormire - спать<br>\n"
    )
    cards = _extract(note).cards
    assert all("##" not in " ".join(card.context) + card.front for card in cards)
    assert not [card for card in cards if card.back.startswith("4.25")]
    assert not [card for card in cards if card.kind == "comparison"]
    fronts = {card.front for card in cards}
    assert {"mangiare", "guardare", "dormire"} <= fronts


def test_a_link_line_is_no_term_and_a_sub_question_letter_is_never_hidden() -> None:
    note = (
        "# Quiz 1\n[Link](https://www.khanacademy.org/math/quiz-1)\nanything to the 0th power is equal to 1, even fractions.\n\n"
        "## Sampling\n**a.** Identify the intervals of time when TCP slow start is operating.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.startswith("Link")]
    assert not [card for card in cards if "{{c1::a.}}" in card.front]


def test_loose_table_rows_importance_flags_and_true_false_answers_make_no_card() -> None:
    note = (
        "# Arms race\n **Strategic Bombers** | 1956 | 1960 | 1965\n USA | 560 | 550 | 630\n USSR | 60 | 175 | 200\n\n"
        "## Partitioning\n- Range partitioning ==imp==\n\n"
        "## Sample Problems\n- True — HALT concerns whether a machine halts on an input\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "{{c1::560}}" in card.front or "{{c1::imp}}" in card.front]
    assert not [card for card in cards if card.front in ("True", "False")]


def test_a_heading_asking_with_a_full_width_mark_is_answered_without_its_label() -> None:
    note = (
        "### 次の Azure リージョンのうちで日本の政府機関が利用可能なリージョンタイプはどれでしょうか？\n\n"
        "正解：Azure Global\n"
    )
    cards = [card for card in _extract(note).cards if card.kind == "question"]
    assert len(cards) == 1 and cards[0].back == "Azure Global"


def test_a_name_with_of_in_it_is_one_name() -> None:
    from notedeck.extract.facts import _names

    text = "Work that doesn't meet the Definition of Done goes back to the Chief of Military Staff."
    names = [text[start:end] for start, end in _names(text)]
    assert "Definition of Done" in names and "Chief of Military Staff" in names


def test_an_authors_fill_in_the_blank_card_keeps_its_blank() -> None:
    note = "# Cells\nThe ??? is the powerhouse of the cell::mitochondria\n"
    cards = _extract(note).cards
    assert any(card.kind == "explicit" and "mitochondria" in card.back for card in cards)


def test_a_glossary_table_under_headers_in_any_language_is_one_definition_per_row() -> None:
    rows = [("Accretie", "Proces waarbij materiaal samenklontert en groeit door aantrekkingskracht"),
            ("Bioturbatie", "Verandering geologie van afzettingen door organismen"),
            ("Cloudlets", "Zelf-graviterende wolken"),
            ("Orogenese", "Proces van bergvorming door tektonische plaatbewegingen"),
            ("Terrae", "Hoogland, lichte delen van de maan")]
    note = "| Begrip | Uitleg |\n| --- | --- |\n" + "".join(f"| **{term}** | {text} |\n" for term, text in rows)
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "comparison"]
    assert {(card.front, card.back) for card in cards if card.kind == "definition"} >= set(rows)
    compared = "| Security Group | NACL |\n|---|---|\n| stateful | stateless |\n| instance level | subnet level |\n"
    assert [card.front for card in _extract(compared).cards if card.kind == "comparison"] == ["Security Group vs NACL"]


def test_a_question_with_lettered_options_is_answered_by_the_options_its_answer_line_names() -> None:
    note = (
        "##### **Questão número 1**\nVocê tem 1.000 máquinas virtuais. Qual modelo de despesas você deve identificar?\n\n"
        "> A. Capital\n\n> B. Operacional\n\n> C. Escalável\n\nResposta: B\n"
        "##### **Questão número 2**\nQuais são as duas características da nuvem pública?\n"
        "> A. Self-service management\n> B. Conexões não seguras\n> C. Preços medidos\n\nResposta: A e C\n"
        "##### **Questão número 3**\nUma VM parada continua a pagar o armazenamento\n\n> A. Sim\n\n> B. Não\n\nResposta: Sim\n"
    )
    cards = _extract(note).cards
    answers = {card.back for card in cards if card.kind == "question"}
    assert answers == {"B. Operacional", "A. Self-service management\nC. Preços medidos", "A. Sim"}
    assert all("A. " in card.front for card in cards)
    assert not [card for card in cards if card.kind != "question"]


def test_a_templates_empty_sections_written_as_heading_bullets_are_not_listed() -> None:
    note = (
        "- ## Diagnosis\n\t- ### Clinical Diagnosis\n\t- ### Laboratory Tests\n\t- ### Imaging Studies\n"
        "- ## Operations categories of an ADT\n\t- ### Creators\n\t\t- produce a new object of the type\n"
        "\t- ### Observers\n\t\t- take an object and produce a value of another type\n"
        "\t- ### Mutators\n\t\t- modify an object directly\n"
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "enumeration"]
    assert not [front for front in fronts if "Diagnosis" in front]
    assert [front for front in fronts if "Operations" in front]


def test_a_question_in_another_language_is_asked_after_its_setup() -> None:
    from notedeck.text import is_question

    assert is_question("Você tem 1.000 máquinas virtuais num data center. Qual modelo de despesas você deve usar?")
    assert is_question("La empresa migra a la nube. ¿Qué modelo de costes usa?")
    assert not is_question("Die Firma migriert. Das Modell ist OpEx, oder?")


def test_a_break_typed_into_a_glossary_cell_is_not_part_of_the_term() -> None:
    note = "| Term | Definition |\n|---|---|\n| **Diapirisme<br>** | Proces waarbij lichtere gesteenten omhoog worden geduwd |\n"
    assert [card.front for card in _extract(note).cards] == ["Diapirisme"]


def test_a_sentence_opening_on_a_pronoun_in_another_language_needs_the_one_before() -> None:
    note = "# Acides et bases\nLe pH du plasma sanguin est crucial.\nIl est essentiel qu'il soit entre 7.35 et 7.45.\n"
    assert not [front for front in _clozes(note) if "7.35" in front]
    assert "needs the sentence before it" in _reasons(note)[3]


def test_a_heading_whose_first_sentence_names_another_bold_term_does_not_define_the_heading() -> None:
    note = (
        "## Énergie libre de Gibbs\n\nChaque composé possède une *énergie potentielle* appelée **enthalpie** "
        "liée au nombre et au types de liaisons\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "definition" and "Gibbs" in card.front]
    assert [card for card in cards if "{{c1::enthalpie}}" in card.front]


def test_the_authors_to_check_list_and_course_platform_lines_are_not_cards() -> None:
    note = (
        "# Intro\nClé Moodle: LIBR1250_X (X=Groupe) - Fin des inscriptions 23 septembre\n\n"
        "# Rappels\na vérifier: molécule non-polaire = hydrophobe\nstructure?: phenylalanine\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "Moodle" in card.front or "vérifier" in card.front]


def test_exercises_without_answers_are_reported_not_carded() -> None:
    note = (
        "1. trigonometric substitution\n\t1. compute the length of the curve: $y = \\frac{x^2}{2}$ over $[1, 3]$\n"
        "2. partial fractions\n\t1. determine the proper form of the partial fractions for the following\n"
        "\t\t1. $\\frac{1}{(x + 2)(x^2 - 4)}$\n\t\t2. $\\frac{x^3}{(x - 1)(x^3 - 1)}$\n"
        "\t2. compute the following integrals\n\t\t1. $\\int \\frac{3x + 5}{(x-1)(x+3)} \\, dx$\n\t\t2. $\\int x \\, dx$\n"
        "3. General procedure\n\t1. Find an appropriate test statistic: a pivot whose law does not depend on $\\theta$ under $H_0$\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Find an appropriate test statistic"]
    reasons = _why(extraction)
    assert all("exercise" in reasons[line] for line in (2, 3, 4, 7))


def test_prefixes_said_in_the_same_words_with_different_numbers_are_each_a_card() -> None:
    note = (
        "# Classless Subnetting\n"
        + "".join(f"- /{24 + n} -> borrows {n} bits of the 4th octet and supports {2 ** (8 - n) - 2} hosts\n" for n in range(1, 7))
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "definition"]
    assert fronts == [f"/{24 + n}" for n in range(1, 7)]


def test_a_caption_over_a_code_block_or_a_pointer_to_an_example_does_not_define_its_heading() -> None:
    note = (
        "# Rumus subnet\nMenghitung jumlah host\n```\n2^n - 2\n```\n\n"
        "# Subnetting on octet boundaries\nTo understand subnetting on octet boundaries, see the following example.\n\n"
        "# Bits\n**Legend** :\n`n` -> network bit\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "definition" and card.front in ("Rumus subnet", "Subnetting on octet boundaries", "Legend")]


def test_a_spaced_abbreviation_does_not_end_a_sentence() -> None:
    from notedeck.extract.prose import _sentences

    text = "Die Garantie ist nicht im Gesetz geregelt, z. B. gegen Hersteller keine Ansprüche. Sie ist freiwillig."
    assert len(_sentences(text)) == 2 and _sentences(text)[0].endswith("Ansprüche.")


def test_a_cloze_the_rest_of_its_sentence_spells_or_counts_from_an_unseen_date_is_not_made() -> None:
    note = (
        "# Interwar Europe\nIn Czechoslovakia, **Czechs and Slovaks** became unwilling partners of the state.\n\n"
        "4 years later, Mussolini commanded Italy to invade Ethiopia.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "{{c1::Czechs and Slovaks}}" in front or "{{c1::4 years}}" in front]


def test_a_line_in_italics_is_the_heading_of_the_list_under_it() -> None:
    note = (
        "*Key factors affecting long run economic growth*\n\n- Investment\n\n- Productivity\n\n- Labour Supply\n\n"
        "_Thomas Bartlett_\n\n- Ireland was ruled from London\n"
    )
    cards = _extract(note).cards
    assert [card.front for card in cards if card.kind == "enumeration"] == [
        "Key factors affecting long run economic growth — list all 3"
    ]
    assert not [card for card in cards if "Thomas Bartlett" in " ".join(card.context)]


def test_a_study_logs_fields_checklist_and_see_also_are_not_cards() -> None:
    note = (
        "# Security+ Study Log\n\n**Date:** {{2025-07-22}}\n**Section/Module:** 3\n**Duration:** \n"
        "**Course Progress:** 10% complete\n\n## Today's Material Covered\n\n- [x] Continue threat actors\n"
        "- [x] Threat vector and attack surfaces\n- [x] Outsmart Threat Actors\n\n"
        "## は\n- Emphasises what comes after it\n- Also See: _Chapter 3.4 (todo)_\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "Date" in front or "Material Covered" in front or "Progress" in front]
    assert "Also See" not in fronts


def test_names_written_in_lower_case_are_listed_but_half_sentences_are_not() -> None:
    note = (
        "# Typhoid\n## Complications\n- Possible Complications\n  - Delirium\n  - obtundation\n"
        "  - intestinal hemorrhage\n  - bowel perforation\n\n"
        "## Switches\n- Layer 2\n  - make forwarding decisions based on MAC\n  - uses a CAM table\n  - in every LAN\n"
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "enumeration"]
    assert fronts == ["Possible Complications — list all 4"]


def test_what_a_course_promises_and_a_worked_sum_are_not_definitions() -> None:
    note = (
        "# Course summary\nAfter 2 weeks, you will:\n- Understand how to diagnose errors in a machine learning system\n"
        "- Be able to prioritize the most promising directions for reducing error\n\n"
        "# Precision and recall\n- Accuracy: (3+4)/10\n- Class A range: 1 - 126\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "you will" in front or front == "Accuracy"]
    assert "Class A range" in fronts


def test_practice_questions_in_the_usual_forms_are_answered_by_the_option_named() -> None:
    forms = {
        "**Q1.** Which service stores objects?\nA) EC2\nB) S3\nC) RDS\n\n**Answer:** B\n": "B. S3",
        "1. Which service stores objects?\n   a. EC2\n   b. S3\n   c. RDS\n\n   Answer: b\n": "b. S3",
        "Which service stores objects?\n- A. EC2\n- B. S3\n- C. RDS\n\nCorrect answer: B\n": "B. S3",
        "<details>\n<summary>Which service stores objects?</summary>\n\nAmazon S3\n\n</details>\n": "Amazon S3",
        "| Question | Answer |\n|---|---|\n| Which service stores objects? | Amazon S3 |\n| Which runs VMs? | EC2 |\n": "Amazon S3",
    }
    for note, back in forms.items():
        cards = _extract("# Quiz\n" + note).cards
        asking = [card for card in cards if "Which service stores objects?" in card.front]
        assert [card.back for card in asking] == [back], note
        assert not [card for card in cards if "answer" in card.front.casefold()], note


def test_cards_the_author_wrote_with_double_semicolons_are_the_cards_under_their_topic() -> None:
    note = (
        "### MISC\n- [ ] Sorting Algorithms\n\t- [ ] Quick Sort\n\t- [ ] Merge Sort\n"
        "- [ ] Streams\n\t- The Data Stream sections are;; The Header, the Data Block, and the Trailer\n"
        "\t- What are parity bits?;;</br> bits added to make the count of 1s even or odd\n"
        "- Topic\n  - Q1 about things::A1\n  - Q2 about stuff::A2\n"
    )
    cards = _extract(note).cards
    assert {(card.kind, card.front, card.back) for card in cards} == {
        ("explicit", "The Data Stream sections are", "The Header, the Data Block, and the Trailer"),
        ("explicit", "What are parity bits?", "bits added to make the count of 1s even or odd"),
        ("explicit", "Q1 about things", "A1"),
        ("explicit", "Q2 about stuff", "A2"),
    }
    assert all("[ ]" not in " ".join(card.context) for card in cards)


def test_prose_indented_by_four_spaces_is_read_as_prose_not_code() -> None:
    note = (
        "## Frecuencia variable discreta\n\n    La frecuencia relativa resulta de dividir la frecuencia absoluta entre\n"
        "    el total por 100\n\n## Code\n\n    for x in range(10):\n        print(x)\n"
    )
    extraction = _extract(note)
    assert [card for card in extraction.cards if "frecuencia absoluta" in card.front]
    assert "code or math block" in _reasons(note)[8]


def test_a_property_table_belongs_to_the_bold_line_above_it() -> None:
    note = (
        "## Topologien\n\n**Bus:**\n\n![Bus](bus.png)\n\n* minimaler Aufwand beim Anschluss neuer Knoten\n\n"
        "| Eigenschaft | Wert |\n| --- | --- |\n| Anschlüsse | 1 |\n| max. Entfernung | n-1 |\n\n"
        "**Ring**\n\n| Eigenschaft | Wert |\n| --- | --- |\n| Anschlüsse | 2 |\n| max. Entfernung | n/2 |\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "comparison"]
    pairs = {(card.front, card.back) for card in cards if card.kind == "definition"}
    assert {("Bus — Anschlüsse", "1"), ("Ring — Anschlüsse", "2"), ("Ring — max. Entfernung", "n/2")} <= pairs


def test_more_abbreviations_end_no_sentence_and_chapter_numbers_are_not_terms() -> None:
    from notedeck.extract.prose import _sentences

    text = "Ein Steuergerät (engl. Electronic Control Unit, ECU) ist die Umsetzung. Ein DSP (bsp. FFT) rechnet."
    assert len(_sentences(text)) == 2
    assert len(_sentences("Używaj bezpiecznych protokołów (np. HTTPS, SSH) do transmisji. To jest ważne.")) == 2
    note = "## Partie 2\n### Chapitre 1\nRépartition de l'énergie solaire, climats et saison.\n"
    assert not [card for card in _extract(note).cards if card.front.startswith("Chapitre")]


def test_styling_tags_are_not_part_of_a_front_and_a_cloze_never_cuts_a_range() -> None:
    note = (
        '## <font style="color:green">Knowledge</font> of the Law\n'
        '<span style="font-size: 1.2em">Dynamic Trunking Protocol (DTP):</span> a Cisco protocol that negotiates trunks\n\n'
        "## Brainstem\nWe can find **CN 1**-3 in the midbrain.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "<font" in " ".join(card.context) or "<span" in card.front]
    assert not [card for card in cards if "{{c1::CN 1}}-3" in card.front]


def test_highlighter_marks_links_fields_and_danger_labels_are_not_cards_or_fronts() -> None:
    note = (
        "liens: HKS, Philosophie\n\n# Notes cours\n"
        '- <mark class="hltr-blue">BOSSUET</mark>\n  - un seul Dieu, vecteur d\'unification de l\'histoire\n\n'
        '<mark style="background: LightCoral">DANGER: connecting an old switch with a higher revision number '
        "resets the VLAN database of every switch in the domain</mark>\n"
    )
    cards = _extract(note).cards
    texts = [card.front + " ".join(card.context) for card in cards]
    assert not [text for text in texts if "<mark" in text or "liens" in text or "{{c1::DANGER}}" in text]
    assert [card for card in cards if card.front == "BOSSUET"]


def test_numbers_on_a_worksheet_a_lone_command_and_a_quoted_value_are_not_definitions() -> None:
    note = (
        "## Nomenklatur\n| Ordnung | Nr. |\n|---|---|\n| Skorpione | 1 |\n| Milben | 8 |\n| Asseln | 18 |\n\n"
        "## Deployments\n`kubectl rollout status deploy/nginx`\n\n`kubectl rollout undo deploy/nginx`\n\n"
        "- Set a deployment's nginx container image to 'nginx:1.9.1'\n\n"
        "## Revolutionen\n1.\n- Amerikanische Revolution 1776\n- Französische Revolution 1789\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front in ("Skorpione", "Deployments", "1.") or front.startswith("1. —")]
    assert not [front for front in fronts if front.endswith("'nginx")]


def test_a_word_list_in_columns_set_apart_by_spaces_is_one_card_per_word() -> None:
    words = [("りょうしん", "両親"), ("きょうだい", "兄弟    siblings"), ("おとな", "大人"), ("せかい", "世界"),
             ("きょうしつ", "教室"), ("かず", "数（number）"), ("アルバイト", "part-time job"), ("はく", "wear")]
    note = "\r\n".join(f"{word}          {meaning}" for word, meaning in words) + "\r\n"
    cards = _extract(note).cards
    assert [(card.front, card.back) for card in cards] == words


def test_a_two_headed_arrow_between_words_pairs_a_term_with_what_it_corresponds_to() -> None:
    note = (
        "- **Begriffe**\n  - Entität,Tupel <--> Konkreter Datensatz *Objekte in OOP*\n  - Entitätsmenge <--> alle Datensätze\n"
        "  - Entitätstyp (Relation) <--> Tabelle *Klasse in OOP*\n\n"
        "- CH3COOH + H2O <--> H3O+ + CH3COO-\n- Note the <--> is the equilibrium arrow\n"
    )
    cards = _extract(note).cards
    assert {(card.front, card.back) for card in cards} == {
        ("Entität,Tupel", "Konkreter Datensatz *Objekte in OOP*"),
        ("Entitätsmenge", "alle Datensätze"),
        ("Entitätstyp (Relation)", "Tabelle *Klasse in OOP*"),
    }


def test_pandoc_front_matter_example_and_tip_labels_and_study_instructions_are_not_cards() -> None:
    note = (
        '---\ntitle: "General Chemistry"\nauthor: [Tanvi]\n...\n\n# Redox\n'
        "Zum Beispiel:\n- Ich mache ein Foto.\n- Ich habe ein Foto gemacht.\n\n"
        "> [!TIP] Dica\n> Se ambos o Vollverb e o Hilfsverb forem sein, é mais comum usar o Präteritum.\n\n"
        "- Wilhelm Wundt\n  - Know who he is and why he's important\n"
    )
    cards = _extract(note).cards
    texts = " ".join(card.front + " " + card.back for card in cards)
    assert "General Chemistry" not in texts and "Zum Beispiel" not in texts and "{{c1::Dica}}" not in texts
    assert "Know who he is" not in texts


def test_an_ordinal_day_before_its_month_ends_no_sentence_and_a_cloze_never_cuts_a_decimal() -> None:
    from notedeck.extract.prose import _sentences

    text = "Das Zitat beschreibt einen Moment. Am 18. Juli 1930 begann die Verletzung der Verfassung."
    assert _sentences(text)[1].startswith("Am 18. Juli 1930")
    note = "# Wahlen\nBei den Wahlen gewann die **NSDAP 15**,5 % hinzu und erreichte insgesamt 18,3 %.\n"
    assert not [front for front in _clozes(note) if "{{c1::NSDAP 15}}" in front]


def test_front_matter_after_blank_lines_is_read_but_text_between_two_rules_is_kept() -> None:
    from notedeck.source import load_text

    source = load_text("\n---\nlayout: post\ntags: [cardiology, review]\n---\n\n### Secondary MR\n- holosystolic murmur\n", Path("n.md"))
    assert source.meta == {"layout": "post", "tags": ["cardiology", "review"]}
    kept = load_text("---\nThe heart has four chambers\n---\n# Heart\n", Path("n.md"))
    assert "four chambers" in kept.text and kept.meta == {}


def test_a_markdown_comment_line_is_never_on_a_card() -> None:
    note = "## Energie\n* Energiearten\n    - alaktazid\n    - laktazid\n    - aerob\n[//]: TODO: chemischer Prozess? + Exkurs Laktatbildung\n"
    cards = _extract(note).cards
    assert cards and not [card for card in cards if "TODO" in card.back or "[//]" in card.back]


def test_a_heading_that_states_a_fact_asks_for_its_last_word_and_keeps_the_why_as_extra() -> None:
    note = (
        "### Stateful vs. Stateless\n#### Security groups are stateful\n"
        "- Any change to an incoming rule is applied to the outgoing rule.\n"
    )
    cards = _extract(note).cards
    assert [(card.kind, card.front) for card in cards] == [("cloze", "Security groups are {{c1::stateful}}")]
    assert "outgoing rule" in cards[0].extra


def test_a_question_in_a_footnote_is_answered_by_the_statement_that_points_to_it() -> None:
    note = (
        "O neuroepitélio é um epitélio com função sensorial. [^225151]\n\n[^225151]: O que é um neuroepitélio?\n\n\n"
        "São células lábeis, com grande taxa de renovação celular. [^538542]\n\n"
        "[^538542]: O que significa dizer que o tecido epitelial é lábil?\n\n"
        "- **Endótelio**: revestem vasos sanguíneos e linfáticos [^1]\n\n[^1]: O que o endotélio reveste?\n"
    )
    pairs = {(card.front, card.back) for card in _extract(note).cards}
    assert pairs == {
        ("O que é um neuroepitélio?", "O neuroepitélio é um epitélio com função sensorial."),
        ("O que significa dizer que o tecido epitelial é lábil?", "São células lábeis, com grande taxa de renovação celular."),
        ("O que o endotélio reveste?", "**Endótelio**: revestem vasos sanguíneos e linfáticos"),
    }


def test_an_exam_objective_over_topics_with_notes_of_their_own_is_not_listed() -> None:
    note = (
        "## 5.6 Explain disaster recovery and continuity of operation concepts.\n\n"
        "1. **Recovery sites**: An alternate processing site used after a disaster.\n"
        "    1. **Hot site**: Operational within 60 minutes.\n"
        "    2. **Cold site**: Power and connectivity, little else.\n"
        "2. **Order of restoration**: The least critical functions go to the primary site first.\n"
        "3. **Backups**: Copies of data kept to restore it.\n"
        "    1. **Differential**: All changes since the last full backup.\n\n"
        "## 5.8 Given a scenario, carry out data security and privacy practices.\n\n"
        "1. **Data destruction**: Devices must not keep any data.\n"
        "    1. **Shredding**: Pass papers through a shredder.\n"
        "2. **Data retention**: How long data is kept.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration" and "Explain" in card.front + card.back]
    assert not [card for card in cards if card.kind == "enumeration" and "scenario" in card.front]
    fronts = {card.front for card in cards}
    assert {"Recovery sites", "Backups", "Data destruction"} <= fronts


def test_a_list_of_more_than_eight_names_is_reported_not_recited() -> None:
    powers = ["China", "USA", "India", "UK", "Russia", "Saudi Arabia", "Germany", "France", "Japan", "Brazil"]
    note = "## Great powers\n- Current great powers\n" + "".join(f"    - {name}\n" for name in powers)
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.kind == "enumeration"]
    reasons = _why(extraction)
    assert "too many to recite" in reasons[2]
    assert all("one of 10 items" in reasons[line] for line in range(3, 13))
    eight = "## Great powers\n- Current great powers\n" + "".join(f"    - {name}\n" for name in powers[:8])
    assert [card.front for card in _extract(eight).cards if card.kind == "enumeration"] == [
        "Current great powers — list all 8"
    ]


def test_a_negation_inside_the_defining_clause_still_defines_the_heading() -> None:
    note = (
        "# Data\n\n### Unstructured Data\n\n"
        "Unstructured data is data which is not organized in any predefined manner.\n\n"
        "### Oracle\n\nOracle does NOT support IAM Database Authentication.\n"
    )
    cards = _extract(note).cards
    assert ("definition", "Unstructured Data") in {(card.kind, card.front) for card in cards}
    assert not [card for card in cards if card.kind == "definition" and card.front == "Oracle"]


def test_the_answers_to_numbered_cases_of_a_worksheet_are_reported_not_carded() -> None:
    note = (
        "## TD1\n### 3) Les branches du droit\n\n"
        "1) En vous aidant du cours, replacez les situations suivantes dans les grandes divisions du droit\n"
        "\t1) Cas n°1 : Droit civil car il traite de la propriété.\n"
        "\t2) Cas n°2 : Droit international public car il traite des Etats entre eux\n"
        "\t3) Cas n°10 : Droit pénal car il traite d'un crime (Assassinat)\n\n"
        "2) Rattachez les aspects de sa situation aux branches du droit\n\t1) Il est locataire : Droit civil\n\n"
        "## Garantenstellung\n### Fall 1\nKind ertrinkt\n\n### Fall 2\n- Schwimmmeister ist nicht in Garantenstellung\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "Cas n°" in card.front + card.back or "Fall" in card.front]
    reasons = _why(extraction)
    assert all("case the note does not state" in reasons[line] for line in (5, 6, 7, 17))


def test_a_backslash_line_break_never_shows_on_a_card() -> None:
    note = (
        "## Wireless\n"
        "- **SNR**: (Signal to Noise Ratio) - Relação sinal ruído, quanto mais forte o sinal melhor. \\\n"
        "- Todas usam **CSMA/CA** para acesso múltiplo; \\\n  É um método de controlo de acesso.\n"
    )
    cards = _extract(note).cards
    assert cards and not [card for card in cards if "\\" in card.front + card.back]


def test_a_middle_initial_or_an_ordinal_ends_no_sentence() -> None:
    note = (
        "## Behaviorismus\n\n1913 formulierte John B. Watson seine Ansicht über psychologische Forschung. "
        "Skinner zählt zu den bedeutendsten Psychologen des 20. Jahrhunderts.\n\n"
        "Unter **negativer Bestrafung** (2. Art) versteht man das Wegnehmen von angenehmen Reizen.\n\n"
        "## Espiral\n\nPropuesto por Barry W. Boehm en 1988, el modelo permite combinar prototipos y cascada.\n"
    )
    extraction = _extract(note)
    texts = [card.front + card.back for card in extraction.cards] + [s.reason for s in extraction.skipped]
    assert not [text for text in texts if text.rstrip("'").endswith((" B.", " W.", " 20.", "(2."))]
    assert any("Watson" in text for text in texts) and any("Boehm" in text for text in texts)


def test_a_sentence_that_draws_on_the_one_before_is_reported_not_clozed() -> None:
    note = (
        "# Klassisches Konditionieren\n\nPawlow entdeckte 1902 die **Extinktion** einer konditionierten Reaktion.\n"
        "Voraussetzung dafür ist, dass der UCS mehrmals ohne CS geboten wird.\n"
        "Dadurch \"verlernt\" der Organismus die Assoziation wieder.\n\n"
        "## Unidad\n\nAdemás, en 1512 se conquista Navarra y se incorpora a Castilla.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if front.startswith(("Voraussetzung", "Dadurch"))]
    assert any("se conquista Navarra" in card.front + card.back for card in extraction.cards)
    assert any("sentence before" in skipped.reason for skipped in extraction.skipped)


def test_a_number_written_with_spaces_between_thousands_is_hidden_whole() -> None:
    note = (
        "# KLR\n\n## Kostenauflösung\n\nDie Kostenauflösung trennt fixe und variable Kosten.\n\n"
        "Im Oktober wurden 800 Stück für 34 000 € hergestellt.\n"
    )
    assert [front for front in _clozes(note) if "{{c2::34 000}} €" in front]


def test_an_empty_task_box_is_no_answer_and_an_example_label_no_term() -> None:
    note = (
        "# Leverage\n\n## Notes\n- Operating leverage rises with fixed costs.\n\n"
        "- **Questions before starting this section**:\n    - [ ]\n\n"
        "## Voedselketen\n\nEen voedselketen begint altijd bij een producent.\n\n"
        "**Voorbeeld**: er zit gif op planten tegen insecten. De insecten worden opgegeten door muizen.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts and not [front for front in fronts if front.startswith(("Questions before", "Voorbeeld"))]


def test_the_title_of_a_note_to_read_next_is_not_hidden() -> None:
    note = (
        "## Electroweak\n\nAfter symmetry breaking the fields mix to produce the photon and the Z boson, "
        "as discussed in [[Gauge Boson Mixing and Currents]].\n\n"
        "- [Serverless Framework](https://www.serverless.com/) has a plugin for offline development.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "{{c1::Gauge Boson" in front]
    assert [front for front in clozes if "{{c1::Serverless Framework}}" in front]


def test_a_code_span_is_hidden_first_and_whole() -> None:
    note = (
        "# Kubernetes\n\n- Use `kubectl get ep` to list the endpoints of a service.\n"
        "- A record has `foo` (a string) and `bar` (a number) as attributes.\n\n## Pods\n\nA pod runs containers.\n"
    )
    clozes = _clozes(note)
    assert "Use {{c1::`kubectl get ep`}} to list the endpoints of a service." in clozes
    assert not [front for front in clozes if "`foo`}}" in front or "`bar`}}" in front]


def test_a_corner_label_in_another_language_makes_the_columns_the_things_compared() -> None:
    note = (
        "## 패킷 교환 방식과 서킷 교환 방식의 차이\n\n"
        "| 구분 | 패킷 교환 방식 | 서킷 교환 방식 |\n|---|---|---|\n"
        "| 의미 | 헤더의 주소 정보에 따라 전송 | 경로를 확보한 뒤 전송 |\n"
        "| 장점 | 회선 효율이 높음 | 전송이 보장됨 |\n| 단점 | 지연 발생 | 회선 낭비 |\n\n"
        "## Übersicht\n\n| Bereich | Erklärung |\n|---|---|\n"
        "| Kostenartenrechnung | Erfassung aller Kostenarten |\n| Kostenstellenrechnung | Zuordnung der Kosten auf Bereiche |\n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards if card.kind == "comparison"]
    assert fronts == ["패킷 교환 방식 vs 서킷 교환 방식"]
    assert {card.front for card in cards if card.kind == "definition"} >= {"Kostenartenrechnung", "Kostenstellenrechnung"}


def test_a_definition_that_announces_a_list_of_defined_terms_names_them() -> None:
    note = (
        "### Definition\n**Leverage** is measured as the amount of fixed costs a firm has.\n\n"
        "**Fixed costs** are expenses that are the same regardless of sales, these fixed costs may be:\n"
        "- **fixed operating expenses** - rents/leases, depreciation\n"
        "- **Fixed financing costs** - interest payments on debt\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Fixed costs"].endswith("may be:\n\n- fixed operating expenses\n- Fixed financing costs")
    assert "fixed operating expenses" in cards


def test_article_citations_end_no_sentence_and_are_never_hidden() -> None:
    note = (
        "## Clasificación de los contratos\n\n"
        "- _Onerosos o gratuitos_ (Art. 967 CCyC): es oneroso cuando ambas partes se aseguren una prestación.\n"
        "- _Ejemplos_: la donación (art. 1542 CCyC), el mandato gratuito (arts. 1319 y\n"
        "  1322 CCyC), la fianza (art. 1574 CCyC) y el comodato (art. 1533 CCyC).\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if re.search(r"\{\{c\d+::\d+\}\}", front)]
    assert not [front for front in fronts if front.startswith(("967", "1322", "{{c1::1322", "{{c1::967"))]
    assert {skipped.source.line for skipped in extraction.skipped} >= {3, 4}


def test_logseq_list_type_properties_are_bookkeeping_not_cards() -> None:
    note = (
        "- 首部格式\n\t- 序号\n\t  logseq.order-list-type:: number\n\t\t- 占 32 比特，取值范围 0~2^{32}-1。\n"
        "\t- 确认号\n\t  logseq.order-list-type:: number\n\t\t- 占 32 比特，是期望收到对方下一个报文段的第一个字节的序号。\n"
    )
    cards = _extract(note).cards
    assert cards and not [card for card in cards if "logseq" in card.front + card.back]


def test_a_formula_named_by_what_it_is_hides_the_formula_and_a_symbol_legend_is_no_card() -> None:
    note = (
        "# Simple Harmonic Motion\n\n- $F=-kx$ is the restoring force (Hooke's Law)\n"
        "- $T = 2\\pi/\\omega$ is the period in seconds\n- $t$ is the time duration\n- $a$ is the acceleration\n\n"
        "## Pendulum\n\nA pendulum swings under gravity.\n"
    )
    clozes = _clozes(note)
    assert "{{c1::$F=-kx$}} is the restoring force (Hooke's Law)" in clozes
    assert not [front for front in clozes if front.startswith(("$t$", "$a$"))]


def test_initials_and_definition_list_colons() -> None:
    note = (
        "## Behaviorism\n\nBehaviorism was shaped by Pavlov, John B. Watson and B.F. Skinner in America.\n"
        "Deontology was extended by W. D. Ross with prima facie duties.\n\n"
        "## Theories\n\nEthical theories say what makes an act right.\n\nNihilism\n: The rejection of all religious and moral principles.\n\n"
        "Egoism\n: An ethical theory that treats self-interest as the foundation of morality.\n"
    )
    extraction = _extract(note)
    texts = [card.front + " " + card.back for card in extraction.cards] + [s.reason for s in extraction.skipped]
    assert any("B.F. Skinner" in text for text in texts) and any("W. D. Ross" in text for text in texts)
    backs = {card.front: card.back for card in extraction.cards}
    assert backs["Nihilism"].startswith("The rejection")


def test_the_numbers_of_a_worked_example_are_reported_not_carded() -> None:
    note = (
        "## 3ª fase\n\nHidratação de manutenção em 24 horas.\n\nEx. Criança de 7kg\n- SG: 175\n- SF: 175\n- KCl: 7\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front.endswith(("SG", "SF", "KCl"))]
    reasons = _why(extraction)
    assert all("worked example" in reasons[line] for line in (6, 7, 8))


def test_generic_labels_in_other_languages_carry_their_parent() -> None:
    note = (
        "# Ciclos de Vida\n\n## Cascada\n\nEl modelo en cascada ordena las fases una tras otra.\n\n"
        "### Ventajas\n- Conforma un marco de referencia para todas las actividades.\n- Es un método muy estructurado.\n\n"
        "## Espiral\n\nEl modelo en espiral combina prototipos y cascada.\n\n"
        "### Ventajas\n- Permite adaptar el proceso a las necesidades cambiantes.\n- Reduce los riesgos pronto.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Cascada — Ventajas" in fronts and "Espiral — Ventajas" in fronts


def test_scare_quotes_sub_question_labels_and_display_math_are_never_the_hidden_part() -> None:
    note = (
        "# Evolutie\n\n- Soms verandert een soort maar blijft de \"oude\" versie ook bestaan.\n"
        "- Principale réaction, qui dans ce sens stocke de l'énergie $$ADP + P_i \\rightarrow ATP$$ dans la cellule.\n"
        "- 1c) power gating is a technique used for parts of a **System on Chip** which do not need power.\n"
        "- 2a)\n\n## Other\n\nText.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "{{c1::oude}}" in front or "$${{" in front or "1c)" in front]
    assert not [card for card in _extract(note).cards if card.front.strip() == "2a)"]


def test_a_tight_formula_a_layout_table_and_a_resources_label_are_no_definitions() -> None:
    note = (
        "## Mass Defect\n\n- E=mc2 is the relationship between the mass defect and the energy it represents.\n\n"
        "## Double-Entry Bookkeeping\n\nEvery transaction touches at least two accounts.\n\n"
        "| T-table Example ||\n|:-----:|:------:|\n| Debit | Credit |\n\n"
        "## Chart of Accounts\n\nA chart of accounts lists every account of a business.\n\n"
        "**Other resources**\n- [NAHCB Chart of Accounts](https://example.org/coa.pdf)\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if front.endswith((" E", "— E")) or front in ("Debit", "Other resources")]
    assert any("one-row table" in skipped.reason for skipped in extraction.skipped)


def test_a_table_keyed_by_numbers_asks_for_the_number_by_its_name() -> None:
    note = (
        "## Common Ports\n\n| Port | Service | Notes |\n|---|---|---|\n"
        "| 20 & 21 | FTP | file transfer protocol |\n| 22 | SSH | secure shell |\n"
        "| 23 | Telnet | unsecure cleartext protocol |\n| 636 | LDAPS | |\n\n"
        "## Exercise 39.13\n\n| x | y | P |\n|---|---|---|\n| 1 | $a$ | 0.1 |\n| 2 | $b$ | 0.2 |\n| 3 | $c$ | 0.7 |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["SSH — Port"].startswith("22") and "secure shell" in cards["SSH — Port"]
    assert cards["FTP — Port"].startswith("20 & 21") and cards["LDAPS — Port"] == "636"
    assert not [front for front in cards if "$" in front]


def test_a_table_row_that_makes_no_card_is_reported() -> None:
    note = "## Remote access\n\n| Port | Service |\n|---|---|\n| 22 | SSH |\n| 23 | Telnet |\n"
    extraction = _extract(note)
    carded = {card.source.line for card in extraction.cards}
    reported = {skipped.source.line for skipped in extraction.skipped}
    assert {5, 6} <= carded | reported


def test_a_name_and_its_symbol_is_one_crumb_and_otros_carries_its_parent() -> None:
    note = (
        "## Decay\n- Alpha Particles - $\\alpha$\n    - Made of 2 protons and 2 neutrons, the same as a helium nucleus.\n\n"
        "## Sección 508\n\nLa Sección 508 regula la accesibilidad en EE. UU.\n\n"
        "### Otros\n\nSe deben evitar elementos con parpadeos o destellos excesivos.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "$\\alpha$" in " › ".join(card.context)]
    assert "Sección 508 — Otros" in {card.front for card in cards}


def test_an_html_table_and_unspaced_dashes_are_read_as_what_they_stand_for() -> None:
    note = (
        "# Felsefe\n\n<table>\n<tr><td>Erek</td><td>Amaç</td></tr>\n<tr><td>Logos</td><td>Söz, düşünce, kavram</td></tr>\n"
        "<tr><td>Etik</td><td>Ahlak felsefesi</td></tr>\n</table>\n\n"
        "### Felsefi Düşüncenin Özellikleri\n-Konusu evren ve insan hayatının anlamıdır.\n-Akla dayanır.\n"
        "-Sorgulayıcıdır.\n-Özneldir.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Logos"] == "Söz, düşünce, kavram" and cards["Etik"] == "Ahlak felsefesi"
    assert not [back for back in cards.values() if back.startswith("-Konusu") or "\n-Akla" in back]


def test_a_practice_question_typed_as_one_block_is_asked_and_a_false_statement_never_taught() -> None:
    note = (
        "Question 3\nThe Internet is a packet-switched network.\na) True\nb) False\nAnswer: a) True\n\n"
        "12. At Layer 3, switches are the interconnection devices most commonly used between LANs.\n"
        "a) True\nb) False\nSolution: b) False\n\n"
        "Question 1\nWhich Layer 1 devices can enlarge a LAN segment? (Select two)\n"
        "a) Switch\nb) Router\nc) Hub\nd) Repeater\nAnswer: c) Hub, d) Repeater\n"
    )
    cards = _extract(note).cards
    pairs = {(card.kind, card.back) for card in cards}
    assert ("question", "b. False") in pairs and ("question", "c. Hub\nd. Repeater") in pairs
    assert not [card for card in cards if card.kind != "question"]


def test_a_definition_list_colon_after_a_term_with_a_colon_never_shows() -> None:
    note = (
        "## Methods of Erosion\n\nWaves erode a coast in four ways.\n\n"
        "Hydraulic Action:\n:   When a wave impacts a cliff face, air is forced into cracks under high pressure.\n\n"
        "Attrition:\n:   Beach material is knocked together in water, reducing its size.\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs["Hydraulic Action"].startswith("When a wave") and backs["Attrition"].startswith("Beach material")


def test_a_table_with_a_definition_column_is_a_glossary_row_by_row() -> None:
    note = (
        "## Lagemaße\n\n|Maßzahl|(engl.)|Definition|Anwendung|\n|-|-|-|-|\n"
        "|Durchschnitt|mean|Summe aller Werte geteilt durch Anzahl der Messungen|gut geeignet für numerische Werte mit symmetrischer Verteilung|\n"
        "|Median|median|Der mittlere Wert der sortierten Werte|robust gegen Ausreißer|\n"
        "|Modus|mode|Der Wert, der am häufigsten vorkommt|geeignet für kategorische Werte|\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "comparison"]
    backs = {card.front: card.back for card in cards}
    assert "Definition: Summe aller Werte" in backs["Durchschnitt"] and "(engl.): mean" in backs["Durchschnitt"]


def test_an_empty_dashed_heading_and_a_plugins_numbered_cloze() -> None:
    note = (
        "## Quantitative Methods\n\n### S/3 - Application\n\n### S/4 - Micro / Macro Economics\n\n"
        "## Etiología\n- **Fármacos**: el oro, {{3044970766606596::**cloranfenicol**}} (independiente de dosis)\n"
        "- Mutación de hefaestina ⇒ {{9173550704458069::**Hemocromatosis**}}{{9173550704458069:: }}\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front in ("S/3", "S/4")]
    clozes = [card.front for card in extraction.cards if card.kind == "cloze"]
    assert any("{{c1::**cloranfenicol**}}" in front for front in clozes)
    assert any(front.endswith("{{c1::**Hemocromatosis**}}") for front in clozes)


def test_a_sentence_that_reaches_no_card_is_reported_even_on_a_line_with_a_card() -> None:
    note = (
        "# Klassisches Konditionieren\n\nPawlow entdeckte 1902 die **Extinktion** einer konditionierten Reaktion. "
        "Dadurch \"verlernt\" der Organismus die Assoziation wieder.\n\n## Operant\n\nText.\n"
    )
    extraction = _extract(note)
    assert [card.source.line for card in extraction.cards if card.kind == "cloze"] == [3]
    reasons = _why(extraction)
    assert "reached no card" in reasons[3] and "sentence before" in reasons[3]


def test_a_question_heading_over_a_plain_list_is_answered_by_the_list() -> None:
    note = (
        "# SQL\n\n## 1. What is a primary key?\n- Unique identifier of each record\n- Cannot be NULL\n\n"
        "## How much crime?\n- In Canada?\n- Is the rate going up or down?\n\n"
        "## Which of the following is a DDL command?\n- CREATE\n- SELECT\n\n"
        "## What is an index?\n- A. A sorted lookup structure\n- B. A table\n"
    )
    extraction = _extract(note)
    questions = {card.front: card.back for card in extraction.cards if card.kind == "question"}
    assert "Unique identifier of each record" in questions["What is a primary key?"]
    assert "Cannot be NULL" in questions["What is a primary key?"]
    assert not [card for card in extraction.cards if "Canada" in card.front + card.back]
    reasons = _why(extraction)
    assert "questions with no answers" in reasons[7]
    assert "no answer marked" in reasons[11] and "no answer marked" in reasons[15]


def test_question_and_answer_labels_are_never_terms() -> None:
    note = (
        "# Pergunta 1\n\n## Resposta\n\n- Camada aplicacional\n- Camada de rede\n\n"
        "# Pergunta 2\n\n## Resposta\n\nUm ataque DoS consome os recursos do servidor.\n\n"
        "# Shortest paths\n\n- Question: why not replace each edge by a path of unit edges\n"
        "  - Answer: it blows up the graph too much\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if front.startswith(("Resposta", "Question", "Answer"))]
    questions = {card.front: card.back for card in extraction.cards if card.kind == "question"}
    assert questions["why not replace each edge by a path of unit edges"] == "it blows up the graph too much"


def test_a_sentence_that_names_what_came_before_mid_sentence_is_reported_not_clozed() -> None:
    note = (
        "# Notes\n\n- Die Entwicklung solcher **Organisationen** unterstützen IS erheblich.\n"
        "- The previous scenario is also true for **light**.\n"
        "- Rollback to the previous deployment with `kubectl rollout undo deploy/nginx`.\n"
    )
    extraction = _extract(note)
    clozes = [card.front for card in extraction.cards if card.kind == "cloze"]
    assert not [front for front in clozes if "solcher" in front or "previous scenario" in front]
    assert any("kubectl rollout undo" in front for front in clozes)
    reasons = _why(extraction)
    assert "sentence before" in reasons[3] and "sentence before" in reasons[4]


def test_what_the_notes_themselves_are_is_not_a_definition() -> None:
    note = (
        "## AWS Cloud Practitioner\nSome personal notes about AWS Cloud Practitioner Exam\n\n"
        "## Introducción\n\nResumen de la materia de inferencia estadística de la Licenciatura.\n\n"
        "## S3\n\nS3 is object storage with 11 nines of durability.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert "AWS Cloud Practitioner" not in fronts and "Introducción" not in fronts
    assert any("{{c1::11}} nines" in front for front in fronts)
    reasons = _why(extraction)
    assert "about the notes" in reasons[1] and "own remark" in reasons[6]  # (``Introducción`` titles a part)


def test_a_long_line_of_chinese_is_a_sentence_not_a_term_over_the_next_lines() -> None:
    note = "### 干绝热过程\n" + "\n".join(
        [
            '同时积分，假设起点为海平面，设此时气温为$\\Theta$，则有',
            '$$\\int_\\Theta^T\\frac{c_P}{R}\\frac{dT}{T}=\\int_{P_0}^P\\frac{dP}{P}$$',
            '得到泊松公式：',
            '$$\\frac{c_P}{R}\\ln(\\frac{T}{\\Theta})=\\ln(\\frac{P}{P_0})\\rightarrow\\Theta=T(\\frac{P_0}{P})^\\frac{R}{c_P}$$',
            '其中的$\\Theta$被称为**位势温度**，也就是**位温**。由于位温的定义是在海平面的气温，也就意味着气块无论处于什么高度，只要经历的是干绝热过程，那么他们的位温都相等。这一出色的性质使得位温在用于追踪气块的运动中被大量运用。',
            '同时，由于位温和海平面气压都是已知的量，泊松公式其实是气温与压力的函数，根据这点我们其实可以画出干绝热变化中T-P的函数图像。如图的假绝热图，其中的气压坐标轴是对数单位的，所以看起来位温的变化函数是直线。加上地球上的气温一般不会低于200K，蓝框大致的包括了地球大气的全部演变区间。',
            "![pseudoadiabatic chart](./fig4aps/pseudoadiabatic%20chart.png)",
            '但在实际气象学中我们一般不用上图的表，因为绝大部分对于实际大气都没有意义。如图是一张在气象领域广泛使用的T-lnP图，其中从左上向右下的棕色斜线就是干绝热线（等位温线）。',
        ]
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.kind == "definition" and "被称为" in card.front]
    assert 6 in {skipped.source.line for skipped in extraction.skipped}


def test_a_vocabulary_list_is_not_recited_and_a_units_number_stays_in_its_name() -> None:
    note = "# UNIT - 2\n## Words:\n1. Bär - Bear\n2. Maus - Mouse\n3. Eule - Owl\n4. Wasser - Water\n"
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration"]
    words = {card.front: card for card in cards}
    assert words["Bär"].back == "Bear" and words["Bär"].context[0] == "UNIT - 2"


def test_an_exam_question_over_a_labelled_answer_is_asked() -> None:
    note = (
        "# 예상문제\n\n- 3번. 클라이언트와 서버 간 XML을 비동기 방식으로 처리하는 기술을 의미하는 용어를 쓰시오\n\n"
        "`정답`  AJAX\n\n---\n\n- Which protocol carries web pages\n\nAnswer: HTTP\n\n"
        "Welche Farbe hat der Himmel\n\n> A. Blau\n\n> B. Grün\n\nResposta: A\n"
    )
    extraction = _extract(note)
    asked = {card.front: card.back for card in extraction.cards if card.kind == "question"}
    assert asked["클라이언트와 서버 간 XML을 비동기 방식으로 처리하는 기술을 의미하는 용어를 쓰시오"] == "AJAX"
    assert asked["Which protocol carries web pages"] == "HTTP"
    assert not [front for front in asked if front.startswith("B.")]


def test_a_table_under_a_numbered_exercise_in_another_language_is_its_data() -> None:
    note = (
        "# 5 naloga\n\n| 1-terke | 2-terke |\n| ------- | ------- |\n| A | AB   BF |\n| B | AC   BG |\n\n"
        "# Pojmi\n\n| Pojem | Pomen |\n| --- | --- |\n| Podpora | delež košaric z vsemi elementi |\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Podpora"]
    reasons = _why(extraction)
    assert "example data" in reasons[3]


def test_a_link_to_a_note_is_never_split_into_a_term_and_a_meaning() -> None:
    note = "# Måleteknikk\n[[Måleteknikk 1 - Temperatur og resistans]]\n\n# TCP\n\nTCP - a reliable transport protocol\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "Måleteknikk 1" not in fronts and "TCP" in fronts


def test_hugo_math_shortcodes_are_math_and_an_eg_label_holds_a_worked_example() -> None:
    note = (
        "## Future value\n\nThe future value grows with the **compounding frequency** $m$.\n\n"
        "{{< hint info >}}{{< katex >}}FV_N = PV(1 + r)^N{{</ katex >}}{{</ hint >}}\n\n"
        "Where, {{< katex >}}CF_N{{</ katex >}} is the cash flow at the Nth year.\n\n"
        "- e.g:\n  > calculate the future value of 10,000 invested at 8% for 2 years.\n  > PV = 10,000\n"
        "  > m = 4 (quarterly)\n  > mN = 4(2) = 8 interest periods\n"
    )
    extraction = _extract(note)
    texts = [card.front + card.back + card.extra for card in extraction.cards]
    assert texts and not [text for text in texts if "katex" in text or "hint" in text]
    assert not [card for card in extraction.cards if card.kind == "cloze" and "CF_N" in card.front]
    reasons = _why(extraction)
    assert "worked example" in reasons[10]


def test_an_outline_typed_with_tabs_and_no_bullets_is_read_as_a_list_not_code() -> None:
    note = (
        "# Reti\n\n\tProtocollo:\n\t\tSintassi: insieme e struttura dei comandi e delle risposte\n"
        "\t\tSemantica: significato dei comandi e delle azioni\n\tPDU: Protocol Data Unit (PCI+SDU)\n\n"
        "# Code\n\n\tdef area(r):\n\t\treturn 3.14 * r * r\n\tprint(area(2))\n"
    )
    extraction = _extract(note)
    backs = {card.front: card.back for card in extraction.cards if card.kind == "definition"}
    assert backs["Sintassi"].startswith("insieme e struttura") and backs["PDU"] == "Protocol Data Unit (PCI+SDU)"
    assert extraction.cards[0].context[-1] in ("Reti", "Protocollo")
    assert not [card for card in extraction.cards if "area" in card.front + card.back]


def test_a_note_written_in_html_headings_and_lists_is_read_as_markdown() -> None:
    note = (
        "<h1>IAM</h1>\n<h3>Password Policy:</h3>\n<ul>\n    <li>Strong passwords</li>\n"
        "    <li>MFA : protect Root account + IAM users\n        <ul>\n            <li>Virtual MFA device</li>\n"
        "            <li>Hardware key fob device</li>\n        </ul>\n    </li>\n</ul>\n\n"
        "<h3>IAM Security Tools</h3>\n<ul>\n    <li>IAM Credentials Report (account)</li>\n"
        "    <li>IAM Access Advisor (user-level): granular user permissions on AWS</li>\n</ul>\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert "Virtual MFA device" in cards["MFA"].back and cards["MFA"].context[-1] == "Password Policy"
    assert cards["IAM Access Advisor (user-level)"].back == "granular user permissions on AWS"
    assert not [skipped for skipped in extraction.skipped if "raw HTML" in skipped.reason]


def test_underscore_bold_terms_and_hackmd_underlines_never_show_their_marks() -> None:
    note = (
        "# OSI\n\n* __Layer 7 - Application__: the code built into operating systems for network-aware apps\n"
        "* __Layer 6 - Presentation__: translates data into a format the application layer can use\n\n"
        "# Droit\n\n++La constitution comprend++ :\n- le préambule de 1946\n- la déclaration de 1789\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "__" in card.front + card.back or "++" in card.front + card.back]
    backs = {card.front: card.back for card in cards}
    assert backs["Layer 7 - Application"].startswith("the code built into")


def test_study_plans_walkthroughs_vague_words_and_todos_are_not_clozed() -> None:
    note = (
        "# Deadlock\n\n- Redo the lecture 128 practice test, you forgot roles and cluster roles.\n"
        "- in de slides is het niet echt duidelijk uitgelegd\n"
        "- Say `proc_A` gains access to `res_1`, then `proc_B` runs and gains access to `res_2`.\n"
        "- The same applies to `proc_B` for `res_1`.\n"
        "- Deadlock prevention and avoidance are not the same.\n"
        "- **Exam Tip:** Policy scans run every **24 hours**.\n\n"
        "#TODO for image example?\n\nThe Banker's algorithm is not commonly used in **practice**.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "128" in front or "slides" in front or "proc_" in front]
    assert not [front for front in fronts if "not the same" in front or "TODO" in front]
    assert "Policy scans run every {{c1::24 hours}}." in fronts
    reasons = _why(extraction)
    assert "remark" in reasons[3] and ("remark" in reasons[4] or "course" in reasons[4]) and "vague" in reasons[7]


def test_a_line_that_ends_on_a_word_the_sentence_goes_on_from_is_not_a_term() -> None:
    note = (
        "# Chlorine\n\n- Its oxidation number can range from: 7 to -1\n\n# Vocabulary\n\n"
        "- By means of = A través de.\n- Bulky = voluminoso.\n- Daunting = intimidante.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.endswith("range from")]
    backs = {card.front: card.back for card in cards}
    assert backs["By means of"] == "A través de."


def test_a_shell_command_over_the_line_that_says_what_it_does_asks_for_it() -> None:
    note = (
        "## Objectives\n\n### Log in and switch users\n```bash\nsudo -i\n```\n"
        "Switches you to root user if you have sudo access\n\n```bash\nsu - <user>\n```\n"
        "Switches your user. If user is left out it will assume root.\n\n"
        "## VLAN\n\n```bash\nvlan/create 10\n```\n\nAggiungere la porta 3 alla VLAN 10\n```bash\nport/setvlan 3 10\n```\n"
    )
    cards = _extract(note).cards
    backs = {card.front: card.back for card in cards}
    assert backs["```bash\nsudo -i\n```"] == "Switches you to root user if you have sudo access"
    assert backs["```bash\nsu - <user>\n```"].startswith("Switches your user.")
    assert "```bash\nvlan/create 10\n```" not in backs


def test_a_bold_term_alone_on_its_line_over_a_short_paragraph_is_defined_by_it() -> None:
    note = (
        "# Vocabulary\n\n**Supervised learning**\n\n> the target is known and a model is trained to predict it\n\n"
        "**Sample**\n\n> extract a portion or subset of the data\n\n"
        "**SIGUIENTE TEMA**\n\nINDEPENDENCIA DE LAS 13 COLONIAS\n\n"
        "**O Lado Prático**\n\nO modelo de camadas é ótimo. Mas como as coisas realmente funcionam?\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs["Supervised learning"] == "the target is known and a model is trained to predict it"
    assert backs["Sample"] == "extract a portion or subset of the data"
    assert "SIGUIENTE TEMA" not in backs and "O Lado Prático" not in backs


def test_a_heading_over_its_own_bullets_and_an_example_section_is_defined_by_the_bullets() -> None:
    note = (
        "# Argumentation\n\n## Experten-Meinung\n- Man beruft sich auf Meinungen von Personen und Institutionen\n"
        "\t- Die Wirkung hängt von der Anerkennung dieser ab\n\n### Beispiel\n"
        "- \"Ehemalige Generäle bewerten Kriegssituationen\"\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Man beruft sich auf Meinungen" in cards["Experten-Meinung"]
    assert not [back for back in cards.values() if "Generäle" in back]


def test_emoji_arrows_and_style_tags_never_show_in_a_breadcrumb_or_front() -> None:
    note = (
        "# <strong>ITGS Case Study Notes</strong>\n\n## 🔎 <b>ETCD\n\n- ETCD is a distributed reliable key-value store\n"
        "  - Stores the state of the whole cluster\n\n- ➡ Speichern in Listen\n  - Nur die nicht leeren Elemente\n"
        "  - Spaltenweise\n  - Zeilenweise\n"
    )
    cards = _extract(note).cards
    shown = [" › ".join(card.context) + card.front for card in cards]
    assert shown and not [text for text in shown if re.search(r"<b>|<strong>|🔎|➡", text)]


def test_a_result_set_in_bold_is_not_a_heading_but_a_bold_name_with_dates_is() -> None:
    note = (
        "# Odds\n\nThen the probability of failure is\n\n**q = 1 – p = .2**\n\n"
        "- Odds: the ratio of the probability of success and the probability of failure\n\n"
        "# Ilustración\n\n**MONTESQUIEU (1689 - 1755)**\n- Planteó la división de los poderes del Estado\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "q = 1" in " › ".join(card.context)]
    assert [card for card in cards if "MONTESQUIEU (1689 - 1755)" in " › ".join(card.context) + card.front]


def test_a_theme_checkbox_never_shows_and_a_labelled_answer_under_an_item_makes_it_a_question() -> None:
    note = (
        "#### Primeiro simulado\n\n- [?] Uma startup precisa sincronizar dados entre dispositivos móveis. "
        "Qual serviço da AWS atende a essa necessidade?\n\t- Resp : **AWS Cognito**\n"
        "\t- [*] o Amazon Cognito oferece sincronização de dados entre dispositivos.\n\n"
        "- [!] A CTO quer compartilhar dados de pacientes. Para que finalidades serve o AWS Data Exchange\n"
        "\t- Resp : **Para compartilhar dados com outras organizações de saúde**\n"
    )
    cards = _extract(note).cards
    asked = {card.front: card for card in cards if card.kind == "question"}
    assert len(asked) == 2 and not [front for front in asked if "[?]" in front or "[!]" in front]
    first = next(card for front, card in asked.items() if "Cognito" in card.back)
    assert first.back == "**AWS Cognito**" and "sincronização" in first.extra
    assert not [card for card in cards if card.front == "Resp"]


def test_tasks_placeholders_and_page_properties_are_not_cards() -> None:
    note = (
        "# Lesson 1\n\nLast edited time: May 23, 2025 11:37 AM\n\n## BWL und VWL\n"
        "- Saisonalität\n\t- Saisonalität recherchieren 🔼 ⏳ 2024-11-22\n\n"
        "- 42 als Zeichnung &   ✅ 2024-11-25\n\n## Business Angels\n\nContents\n\n"
        "## Rechtsformen\n\n- GmbH: Gesellschaft mit beschränkter Haftung\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts == ["GmbH"]


def test_the_steps_of_a_numbered_question_s_worked_answer_are_not_clozed() -> None:
    note = (
        "# Flip-flops\n\n## Question 1\n\n- Top-middle wire is **still going to have output 1**\n"
        "- Clock is **saying we can change the output**\n\n"
        "## Combinational Circuit Design\n\n- How can you express a two-input XOR gate with NAND gates?\n"
        "\t- **Solution**\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    assert "worked example" in _why(extraction)[5]


def test_the_author_speaking_of_themselves_in_other_languages_is_not_clozed() -> None:
    note = (
        "# Bonifications\n\n- J'ai quand même eu 0.25/3 de bonification pour un `6/20` en DM.\n"
        "- Du coup **Grandemange** a tendance à valoriser l'effort.\n- Là dessus la structure du cours de **Grandemange** est pas mal.\n\n"
        "## Remarques globales\n\nÀ la fin tout le monde aura lu le cours.\n\n"
        "# Perfekt\n\n- Ich habe ein **Foto** gemacht.\n- Er hat ein **Buch** gelesen.\n"
    )
    shown = [card.front + card.back for card in _extract(note).cards]
    assert not [text for text in shown if re.search(r"Grandemange|6/20|Remarques|tout le monde", text)]
    assert [text for text in shown if "Foto" in text]


def test_what_each_lecture_brings_to_the_exam_is_about_the_course() -> None:
    note = (
        "# Exam Revision\n\nThe exam has five questions.\n\n- Lecture 6: DMA questions, Question 9 or 10\n"
        "- Lecture 5: Expect questions related to the **Channel Capacity**\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "10" in card.front or "Channel" in card.front]
    assert "remark" in _why(extraction)[5] and "remark" in _why(extraction)[6]


def test_a_task_bullet_over_its_command_asks_for_the_command() -> None:
    note = (
        "## Basic Device Settings\n* Disable DNS lookup\n    ```bash\n    Switch(config)# no ip domain-lookup\n    ```\n"
        "* Set login on VTY lines to use local database and to accept SSH connections only\n"
        "    ```\n    S1(config)# line vty 0 15\n    S1(config-line)# transport input ssh\n    ```\n"
        "* **Floats(float):** a number with a decimal point\n    ```\n    x = 1.5\n    ```\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert "no ip domain-lookup" in backs["Disable DNS lookup"]
    assert "transport input ssh" in backs["Set login on VTY lines to use local database and to accept SSH connections only"]
    assert not [front for front in backs if front.startswith("**Floats")]


def test_a_clause_that_ends_on_a_conjunction_is_not_a_label_to_list_under() -> None:
    note = (
        "# Determinante\n\n* Usando il teorema, possiamo __notare__ che:\n"
        "\t* $R_i \\leftrightarrow R_j$ : il determinante __cambia__ segno\n"
        "\t* $R_i \\to \\lambda R_j$ : il determinante è __moltiplicato__ per $\\lambda$\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration"]
    assert len([card for card in cards if card.kind == "definition"]) == 2


def test_what_a_course_page_says_of_the_course_is_not_a_definition() -> None:
    note = (
        "# Complementos de Química\n\n- Bibliografía: Petrucci. Química general. Pearson 2017\n"
        "- Evaluación: 2/3 parte teórica y 1/3 parte práctica.\n- DEBERES: AJUSTAR LAS REACCIONES QUE VIMOS EN CLASE.\n"
        "- Anfótera: sustancia que puede actuar como ácido o como base\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert "Anfótera" in fronts and not [front for front in fronts if front.startswith(("Bibliograf", "Evaluaci", "DEBERES"))]
    assert "course" in _why(extraction)[3]


def test_a_line_break_tag_before_a_term_never_shows_in_the_front() -> None:
    note = (
        "# Enzymes\n\n**Temperature**: increasing temperature increases the rate of the reaction.\n"
        "<br>**pH**: changes can affect the speed of a reaction.\n"
        "<br>**competitive inhibitors**: other substrates compete with the real ones.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "pH" in fronts and not [front for front in fronts if "<br>" in front]


def test_a_bold_line_with_what_its_letters_stand_for_heads_what_follows() -> None:
    note = (
        "# Injection Attacks\n\n🟢 **SQL Injection**  (Structured Query Language)\n\n"
        "Is a form of code injection aimed at any **SQL-based** database.\n"
    )
    cards = _extract(note).cards
    assert cards and all("SQL Injection" in " › ".join(card.context) + card.front for card in cards)


def test_a_heading_over_nothing_but_a_short_name_asks_for_it_whole() -> None:
    note = (
        "# Music theory\n\n## Interval - 3 half steps\n\nMinor Third\n\n## Quality inversion: minor\n\nMajor\n\n"
        "## tags: `14.13`\n\n[toc]\n\n## Primera parte: Nuevos Derechos\n\nidk\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs == {"Interval - 3 half steps": "Minor Third", "Quality inversion: minor": "Major"}


def test_a_pair_heading_over_its_two_names_is_not_recited() -> None:
    note = (
        "# Cell Structures\n\n* flagella and cilia\n\t* Flagella — long whip-like tails for movement\n"
        "\t* Cilium — short hair-like structures that beat together\n\n"
        "# Bluetooth attacks\n\n* Bluetooth\n\t* BlueBorne — spreads through the air to unpatched devices\n"
        "\t* BlueSmack — a denial of service with oversized packets\n"
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "enumeration"]
    assert not [front for front in fronts if "flagella" in front] and [front for front in fronts if "Bluetooth" in front]


def test_a_cloze_on_a_name_hides_the_name_not_the_words_that_give_it() -> None:
    note = (
        "# Sediments\n\nSediments are loose particles of rock and minerals.\n\n- Sediment at the base of a glacial ice sheet is known as lodgement till.\n"
        "- Limestone which forms near hot springs is known as a travertine.\n- White keys are named A - G\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Sediment at the base of a glacial ice sheet is known as {{c1::lodgement till}}." in fronts
    assert "Limestone which forms near hot springs is known as a {{c1::travertine}}." in fronts
    assert "White keys are named {{c1::A - G}}" in fronts


def test_an_obsidian_kanban_board_is_things_to_do_not_notes() -> None:
    board = (
        "---\n\nkanban-plugin: board\n\n---\n\n## To study\n\n- [ ] Water treatment: role of sodium hypochlorite\n"
        "- [ ] Ecology concepts: ecological niche\n\n## Done\n\n- [x] Succession: definition\n"
    )
    notes = board.replace("kanban-plugin: board", "tags: ecology")
    extraction = _extract(board)
    assert not extraction.cards and "Kanban board" in _why(extraction)[1]
    assert [card.front for card in _extract(notes).cards if "niche" in card.back or "hypochlorite" in card.back]


def test_a_title_that_numbers_a_lecture_is_not_a_term_its_notes_define() -> None:
    note = (
        "# Organic chemistry\n\n* Nucleophiles and Electrophiles (course 12)\n"
        "  * IR spectra can help us understand if a reaction really does happen\n"
        "* Reaction Mechanisms (Lecture 13)\n  * Strong acids in water should be considered hydronium ions\n\n"
        "## Thermodynamics (week 15)\n\n- enthalpy\n- entropy\n- Gibbs free energy\n\n"
        "* Nucleophiles and Electrophiles\n  * IR spectra can help us understand if a reaction really does happen\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "course 12" in front or "Lecture 13" in front or "week 15" in front]
    assert "Nucleophiles and Electrophiles" in fronts


def test_a_word_the_note_keeps_using_is_its_topic_not_the_cloze() -> None:
    note = (
        "# Cases\n\nNouns in German have one of three genders.\n\nWord order in German puts the verb second.\n\n"
        "Questions in German put the verb first.\n\nThere are four cases in German.\n\n"
        "The preposition durch always takes the Akkusativ.\n\nThe direct object is in the Akkusativ.\n"
    )
    fronts = _clozes(note)
    assert not [front for front in fronts if "{{c1::German}}" in front]
    assert "The preposition durch always takes the {{c1::Akkusativ}}." in fronts


def test_an_equation_is_not_a_term_and_its_meaning() -> None:
    note = (
        "# Demand\n\n- 𝑄 𝐷 = 𝑄 𝐷 ( 𝑃 )\n- Output = f(Input)\n- h(k, i) = f(k) + i g(k) mod m\n"
        "- Clockwise = R (rectus)\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert not [front for front in backs if "𝑄" in front or front.endswith("Output")]
    assert any(front.endswith("h(k, i)") for front in backs) and any(front.endswith("Clockwise") for front in backs)


def test_a_question_written_without_its_mark_is_not_a_fact() -> None:
    note = (
        "# Organic chemistry\n\n* alkene addition reactions\n  * what is being added across the alkene\n"
        "  * regioselectivity (where will the groups add)\n  * Bromine is added across the **double bond**\n"
    )
    assert _clozes(note) == ["Bromine is added across the {{c1::double bond}}"]
    assert "does not answer" in _reasons(note)[4]


def test_a_step_of_a_working_is_not_a_card() -> None:
    note = (
        "# Confidence interval\n\nWith the values of the example, $f = 0.175$ and $n = 137$.\n\n"
        "Ce qui donne donc\n\n$$\n[0.08; 0.26]\n$$\n\n"
        "Then, we have an equation to find the distribution\n\n$$\np = 5/9\n$$\n\n"
        "Variance of a sample\n\n$$\ns^2 = \\frac{1}{n-1}\\sum (x_i - \\bar x)^2\n$$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith(("Ce qui", "Then"))]
    assert [front for front in fronts if "Variance" in front]


def test_what_a_student_must_be_able_to_do_is_an_objective_not_a_definition() -> None:
    note = (
        "# Mathématiques\n\n## A savoir\n\n- Savoir calculer l'estimation d'une population\n"
        "- Savoir déterminer un intervalle de confiance à 95 %\n\n## Abondance\n\n"
        "L'abondance est le nombre d'individus d'une espèce.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts == ["Abondance"]
    assert "objective" in _reasons("# Pilot\n\n- Be able to use the POH to determine aircraft performance\n")[3]


def test_two_opposites_are_not_a_list_to_recite() -> None:
    note = (
        "# Statistics\n\n- Skewness\n  - Positive\n    - the tail is on the right\n  - Negative\n    - the tail is on the left\n"
        "- Survival rates\n  - With treatment\n    - about 99 %\n  - Without treatment\n    - about 80 %\n"
        "- Transport protocols\n  - TCP\n    - reliable\n  - UDP\n    - best effort\n"
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "enumeration"]
    assert fronts == ["Transport protocols — list all 2"]


def test_a_whole_section_is_too_much_for_one_card() -> None:
    said = "\n".join(f"Painted work {n} in Rome for the chapel of a cardinal, oil on canvas, now in the gallery." for n in range(6))
    works = "\n".join(
        f"\t* Painting {n}\n\t\tCommissioned by a cardinal for the family chapel, rejected at first for its realism."
        for n in range(6)
    )
    note = f"# Baroque\n* **Caravaggio**\n{said}\n{works}\n* **Bernini**\nSculptor and architect of the colonnade.\n"
    extraction = _extract(note)
    assert [card.front for card in extraction.cards if card.kind == "definition"] == ["Bernini"]
    assert "too much for one card" in _why(extraction)[2]


def test_a_label_in_italics_names_what_its_line_gives() -> None:
    note = (
        "# Ratios\n\n## Nivel de endeudamiento\n\nRefleja la proporción de deuda que utiliza la empresa.\n\n"
        "*Fórmula:* Total Pasivo / Patrimonio Neto.\n\n# S3\n\n- _S3 Security:_ IAM policy, bucket policy, encryption.\n"
        "- _S3 Storage Classes:_ standard, IA, intelligent tiering, glacier.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "*" in card.front or card.back.startswith(("*", "_"))]
    backs = {card.front.rsplit(" — ", 1)[-1]: card.back for card in cards}
    assert backs["Fórmula"] == "Total Pasivo / Patrimonio Neto."
    assert backs["S3 Storage Classes"].startswith("standard") and "glacier" not in backs["S3 Security"]


def test_hugo_front_matter_in_toml_is_the_notes_fields_not_its_text() -> None:
    note = "+++\ndate = '2025-03-06T08:32:55-05:00'\ndraft = false\ntitle = 'HVAC'\n+++\n\n## Refrigerants\n\n- Subcooling: cooling a liquid below its saturation temperature\n"
    cards = _extract(note).cards
    assert [(card.context, card.front) for card in cards] == [(("HVAC", "Refrigerants"), "Subcooling")]


def test_a_lectures_header_fields_are_not_cards() -> None:
    note = (
        "# Droit contrat\n\n* Numero: 1\n* Prof: Marie Morin\n* Date: 6 mars 2018\n\n## Contrats\n\n"
        "* Contrat d'adhésion: contrat dont les conditions générales sont imposées par une partie\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Contrat d'adhésion"]
    assert all("field of the note" in _why(extraction)[line] for line in (3, 4, 5))


def test_what_the_candidate_should_be_able_to_do_is_objectives_not_a_definition() -> None:
    note = (
        "### Reading 21 Financial Statement Analysis\nThe candidate should be able to:\n\n"
        " - a describe the roles of financial reporting and financial statement analysis;\n"
        " - b describe the steps in the financial statement analysis framework.\n\n"
        "Proxy statements: shareholder vote, election of board members, compensation\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Proxy statements"]
    assert "learning objectives" in _why(extraction)[2]


def test_an_image_named_by_its_file_is_no_label_and_says_nothing() -> None:
    note = (
        "## Vorgehen\n![Pasted image 20240329214230.png](/img/Pasted%20image%2020240329214230.png)\n"
        "- Ungefähre Melodie spielen\n- Akkord unter die Rest points legen\n\n"
        "## Salz\n\nKochsalz ist Natriumchlorid.\n\n![crystal-salt.png](../img/salt.png){width=500, align=right}\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "Pasted" in card.front + " ".join(card.context) or "{" in card.front]
    assert not [line for line, why in _why(extraction).items() if line in (2, 9)]


def test_a_homework_section_is_not_facts() -> None:
    note = (
        "# Psychologie\n\n## Temperament\n\n- Sangvinik: stabilní, extrovert\n\n## Domácí úkol\n\n"
        "- Neexistující literární hrdina\n- Nějaký z Večerníčka\n  - Krteček\n  - Pat & Mat\n  - Rákosníček\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Sangvinik"]
    assert "homework" in _why(extraction)[7] or "no facts" in _why(extraction)[7]


def test_a_long_comparison_table_is_one_card_per_feature_and_a_short_paradigm_one_card() -> None:
    rows = [
        ("Cell wall", "Peptidoglycan in most species", "No peptidoglycan, pseudomurein in some", "Cellulose or chitin, none in animals"),
        ("Nucleus with a membrane", "No, the chromosome lies in the nucleoid", "No, as in bacteria", "Yes, a double membrane"),
        ("Histone proteins", "None at all", "Present in most lineages", "Present, forming nucleosomes"),
        ("Ribosomes", "70S, with a 16S ribosomal RNA", "70S, with archaeal proteins", "80S in the cytoplasm"),
        ("Initiator tRNA", "Formylmethionine", "Methionine", "Methionine"),
        ("Introns in most genes", "No, genes are continuous", "No, very few", "Yes, spliced out of the mRNA"),
        ("Growth above 70 °C", "Some thermophiles", "Many hyperthermophiles", "None known"),
    ]
    table = "| Feature | Bacteria | Archaea | Eukarya |\n|---|---|---|---|\n" + "".join(f"| {' | '.join(row)} |\n" for row in rows)
    paradigm = "| | Present | Future | Imperfect |\n|---|---|---|---|\n| 1st sg | laudō | laudābō | laudābam |\n| 2nd sg | laudās | laudābis | laudābās |\n| 3rd sg | laudat | laudābit | laudābat |\n| 1st pl | laudāmus | laudābimus | laudābāmus |\n"
    cards = _extract(f"# Domains\n\n{table}\n# Latin\n\n{paradigm}").cards
    fronts = [card.front for card in cards if card.kind == "comparison"]
    assert "Bacteria vs Archaea vs Eukarya — Histone proteins" in fronts and len(fronts) == 8
    histones = next(card for card in cards if card.front.endswith("Histone proteins"))
    assert histones.back == "- **Bacteria:** None at all\n- **Archaea:** Present in most lineages\n- **Eukarya:** Present, forming nucleosomes"
    assert "Present vs Future vs Imperfect" in fronts


def test_a_templates_placeholders_and_objectives_are_not_cards() -> None:
    note = (
        "# TÍTULO DO ASSUNTO\n\n## 🎯 OBJETIVOS DA AULA\n- [ ] Diferenciar [conceito A] de [conceito B]\n"
        "- [ ] Aplicar [teoria] em [contexto]\n\n## REVISÃO RÁPIDA\n**Em uma frase:** [Resumo ultra sintético]\n\n"
        "**Exemplo 1:** [Contexto] → [Como se aplica]\n\n## Fordismo\n\nO fordismo é a produção em linha de montagem.\n"
    )
    cards = _extract(note).cards
    assert [card.front for card in cards] == ["Fordismo"]


def test_a_summary_heading_in_another_language_is_a_part_not_a_term() -> None:
    note = (
        "# Software Engineering\n\n## Einleitung\n\n### Zusammenfassung\n"
        "- Software Engineering ist eine Ingenieur-Disziplin, die sich mit der Softwareentwicklung beschäftigt\n"
        "- Ziel des Software Engineerings ist eine hohe Softwarequalität bei geringen Kosten\n"
        "- Softwareprodukte bestehen aus Programmen und der Dokumentation\n\n"
        "## Wartung\n\nWartung ist die Pflege der Software nach der Auslieferung.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Zusammenfassung" not in fronts and "Wartung" in fronts


def test_links_to_watch_figure_captions_and_exercises_are_not_cards() -> None:
    note = (
        "# Cloud Concepts\n\n## Checklist\n\n- CapEx and OpEx: https://youtu.be/WiwV9wb0GMo [00:07:13]\n"
        "- Types of Cloud Computing - https://youtu.be/7dlCrF2wmXU [00:12:41]\n\n## Unemployment\n\n"
        "> Figure 7.2\nOver the past two centuries, jobs in the United States have moved from farms to factories.\n\n"
        "Figure 7.5 Unemployment in the United States, December 2014\n\n"
        "The natural rate of unemployment is about **5 %** in the United States.\n\n## Esercizi\n\n"
        "- Verificare tutte le proprietà dei campi\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "youtu" in card.front + card.back or "Figure" in card.front or card.front == "Esercizi"]
    assert "The natural rate of unemployment is about {{c1::5 %}} in the United States." in [card.front for card in cards]


def test_a_heading_numbered_with_a_letter_is_named_by_its_title() -> None:
    note = (
        "# 2 : La classification des contrats\n\n## I : Conditions de validité\n\n### A : Le consentement\n\n"
        "Le consentement est l'accord de volonté des parties au contrat.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if re.search(r"(?:^|— )(?:I|A)$", card.front)]
    consent = next(card for card in cards if card.front == "Le consentement")
    assert consent.context == ("La classification des contrats", "Conditions de validité")


def test_a_syllabus_and_a_bibliography_are_not_cards() -> None:
    topics = "".join(
        f"### {name}\n- Conceitos de {name.lower()}\n- Aplicações de {name.lower()}\n"
        for name in ("Citologia", "Histologia", "Ecologia", "Genética", "Evolução", "Virologia", "Botânica")
    )
    note = (
        f"## Roadmap de Estudos - Biologia\n\n{topics}\n## Referências\n\n"
        "- **CAMPBELL, Neil A.; REECE, Jane B.** – _Biologia_. 12ª ed. Pearson, 2023.\n\n"
        "# Fotossíntese\n\nA fotossíntese converte luz em energia química nos **cloroplastos**.\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Fotossíntese"]
    assert "syllabus" in _why(extraction)[4]


def test_notion_stacked_bold_urls_and_a_sentence_opening_are_not_cards_parts() -> None:
    note = (
        "# Demand\n\n-   ************************************Individual Demand:************************************ "
        "Demand for a good or service by an individual consumer\n\n## urls\n\n"
        "- https://www.wordreference.com/es/ : dictionary\n- https://youglish.com/spanish : pronunciation\n\n"
        "## Manual Configuration\n\n- The need: automated, hands-off IP configuration\n"
    )
    cards = _extract(note).cards
    assert ("Individual Demand", "Demand for a good or service by an individual consumer") in [
        (card.front, card.back) for card in cards
    ]
    assert not [card for card in cards if "*" in card.front or "urls" in card.front or "The need" in card.front]


def test_the_link_pdf_plus_plus_writes_over_a_quote_is_not_text() -> None:
    note = (
        "> [!PDF|important] [[Reti.pdf#page=128&selection=25,0,29,9&color=important|Il subnetting usa i bit degli host]]\n"
        "> > Il subnetting usa alcuni dei bit che le classi A, B e C dedicano agli host.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "PDF" in card.front]
    assert 1 not in _why(extraction)


def test_a_docusaurus_box_is_read_by_its_title_and_its_fences_are_markup() -> None:
    note = (
        "# Combinações lineares\n\n:::tip[Valor Esperado de Comb. Lineares de VA's]\n\n"
        "O valor esperado de uma soma é a soma dos valores esperados.\n\n:::\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if ":::" in card.front + card.back or "]" in card.front]
    assert 3 not in _why(extraction) and 7 not in _why(extraction)  # the box's fences say nothing


def test_alice_and_bob_are_stand_ins_not_the_answer() -> None:
    note = (
        "# Tipos de criptografia\n**Criptografia de chave simetrica**: emissor e recetor usam a mesma chave\n\n"
        "1. **Baseado num texto conhecido**: Trudy conhece o texto original e o cifrado.\n\n"
        "Na chave simetrica, a Alice e o Bob conhecem a mesma chave (Ks). Usam Ks para cifrar e Ks para decodificar.\n\n"
        "# Autoridade de Certificacao (CA)\nAssocia a chave publica a uma determinada entidade.\n\n"
        "Quando a Alice quer saber o certificado do Bob, primeiro obtem o certificado do Bob.\n"
    )
    fronts = _clozes(note)
    assert not [front for front in fronts if re.search(r"\{\{c\d::(?:Alice|Bob)\}\}", front)]


def test_a_sentence_is_not_cut_inside_a_parenthesis_nor_a_name_at_its_initial() -> None:
    note = (
        "# Budgets\n\nThe median American household has 400 dollars (yes! He said it twice) in the **bank**.\n\n"
        "## Wykład IV\n\nFilozofia polityki: najważniejsze koncepcje.\n\n- empiryzm Johna Locke’a\n- idealizm Georga W. Hegla: dialektyka, postaci ducha, koncepcja dziejów\n"
    )
    budget, lecture = note.split("## ")
    assert "The median American household has 400 dollars (yes! He said it twice) in the {{c1::bank}}." in _clozes(budget)
    assert "idealizm {{c1::Georga W. Hegla}}: dialektyka, postaci ducha, koncepcja dziejów" in _clozes(f"## {lecture}")


def test_a_sentence_that_leans_on_the_one_before_is_not_a_card() -> None:
    note = (
        "# Markets\n\nAdam Smith brought up in 1776 the concept of supply and demand. His answer is the supply and demand scissors.\n\n"
        "The standard view is that the market knows best. In contrast is the command economy: the government allocates the roads.\n\n"
        "# Dipoles\n\nIn contrast to the magnetic case there is no classical Larmor precession of the EDM.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if front.startswith(("His answer", "In contrast is"))]
    assert "In contrast" not in fronts
    assert [front for front in fronts if front.startswith("In contrast to the magnetic case")]
    assert "needs the sentence before it" in _why(extraction)[3]


def test_two_questions_are_not_a_question_and_its_answer() -> None:
    note = (
        "# Positive and normative\n\nPositive question: why the high price of a kidney?\n"
        "Normative question: should you be allowed to sell a kidney on eBay?\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "question" and card.back.rstrip().endswith("?")]


def test_an_acronym_is_not_hidden_when_its_sentence_spells_it_out() -> None:
    note = (
        "# Utility\n\nThe slope of the indifference curve is called the marginal rate of substitution.\n"
        "MRS has to diminish, marginal rate of substitution is always falling.\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::MRS}}" in front]


def test_a_lecture_outline_under_its_heading_is_not_a_list_to_recite() -> None:
    note = (
        "## Lecture 3: Budget constraints and constrained choice\n\n* Budget constraints\n* Constrained choice\n"
        "* Food stamps\n\nAssumption: budget equals income.\n\n"
        "# 细胞生理\n\n## overview\n- 细胞学说：略\n- 细胞的结构：略\n- 细胞器：略\n- 细胞膜的功能\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.kind == "enumeration"]
    assert "outline" in _why(extraction)[3]


def test_an_obsidian_template_header_makes_no_card() -> None:
    note = (
        "# Acid Base\n## Connections\nDate Created: [[2022-11-29]]\nTags: #review #review/topicnote\n"
        "### Related Notes\n- [[AcidBase DDx.png]]\n### Related Cards\n- .\n"
        "## Diagnosis\n- Anion gap: Na – (Cl + HCO3)\n"
    )
    cards = _extract(note).cards
    assert [card.front for card in cards] == ["Anion gap"]


def test_a_part_numbered_label_over_a_list_is_a_crumb_not_a_term() -> None:
    note = (
        "Module 3: SNP\n- human mutation rate is 10^8 per bp per generation\n"
        "- a newborn has acquired 50-100 mutations on average\n\n"
        "Cues:\n- SNP vs. SNV\n- what is a haplotype?\n- introns vs. exons\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front in ("SNP", "Module 3", "Cues")]
    assert [card for card in cards if card.kind == "cloze" and "50-100" in card.front and card.context[-1:] == ("SNP",)]


def test_a_formula_cut_at_its_minus_sign_is_not_a_term() -> None:
    note = (
        "## Respiratory disturbances\n- Aa Gradient:\n\t- = (760-47)*0.21 – (PaO2 + PaCO2/0.8)\n"
        "\t- OR = 150 – (PaO2 + PaCO2 + 0.25*PaCO2)\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.lstrip().startswith(("=", "OR"))]


def test_a_bullet_pasted_as_a_glyph_is_a_list_item() -> None:
    note = (
        "# Acid base\n\n• “Compensation” alone will NEVER return the pH to “normal”\n\n"
        "• If the pH is normal and the PaCO2 is not, there must be at least 2 primary disturbances\n"
    )
    cards = _extract(note).cards
    assert cards and not [card for card in cards if "•" in card.front + card.back]


def test_what_a_worked_example_supposes_and_finds_is_not_a_fact() -> None:
    note = "# Budget\n\nAssuming that a pizza costs 12 dollars, and a cookie 6 dollars. The budget is 72 dollars.\n"
    extraction = _extract(note)
    assert not extraction.cards
    assert "worked example" in _why(extraction)[3]


def test_a_clause_connective_between_commas_is_not_a_list_item() -> None:
    note = (
        "# Women in the war\n\nThey thought women would not learn the skills. "
        "In manufacturing, however, employers were reluctant to take on women.\n"
    )
    assert not [front for front in _clozes(note) if re.search(r"\{\{c\d::[^}]*however", front)]


def test_a_glossary_section_is_not_a_list_to_recite() -> None:
    note = (
        "# Demand and consumer choice\n## 3 Market Demand\n"
        "- market demand curve: A graph plotting the total quantity demanded by the market, at each price.\n"
        "- movement along the demand curve: A price change moves you along a fixed demand curve.\n"
        "- change in the quantity demanded: The change in quantity along a fixed demand curve.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration"]
    assert {card.front for card in cards} >= {"market demand curve", "movement along the demand curve"}


def test_a_question_heading_over_many_defined_terms_is_a_card_per_term() -> None:
    terms = [
        ("shift in the demand curve", "A movement of the demand curve itself."),
        ("increase in demand", "A shift of the demand curve to the right."),
        ("decrease in demand", "A shift of the demand curve to the left."),
        ("normal good", "A good for which higher income causes an increase in demand."),
        ("inferior good", "A good for which higher income causes a decrease in demand."),
        ("network effect", "When a good becomes more useful because other people use it."),
    ]
    note = "# Demand\n## 4 What Shifts Demand Curves?\n" + "".join(f"- {term}: {meaning}\n" for term, meaning in terms)
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "question"]
    assert [(card.front, card.back) for card in cards if card.kind == "definition"] == terms


def test_two_terms_said_in_parallel_words_are_not_one_said_twice() -> None:
    note = (
        "# Supply\n- shift in the supply curve: A movement of the supply curve itself.\n"
        "- increase in supply: A shift of the supply curve to the right.\n"
        "- decrease in supply: A shift of the supply curve to the left.\n\n"
        "# Demand\n- shift in the demand curve: A movement of the demand curve itself.\n\n"
        "# Injuries\n- Incapacidade total e permanente: Diminuição total da capacidade de trabalho.\n"
        "- Incapacidade temporária total: Diminuição total da capacidade de trabalho não permanente.\n"
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "definition"]
    assert fronts == [
        "shift in the supply curve",
        "increase in supply",
        "decrease in supply",
        "shift in the demand curve",
        "Incapacidade total e permanente",
        "Incapacidade temporária total",
    ]


def test_a_two_column_table_asks_for_its_value_column_by_name() -> None:
    note = (
        "# Intervals\n\n| Interval | Ratio |\n| --- | --- |\n| Minor 2nd | 16:15 |\n| Major 2nd | 9:8 |\n"
        "| Perfect 5th | 3:2 |\n\n# Terms\n\n| Term | Definition |\n| --- | --- |\n| Tritone | An interval of three whole tones |\n"
    )
    cards = _extract(note).cards
    assert [(card.front, card.back) for card in cards] == [
        ("Minor 2nd — Ratio", "16:15"),
        ("Major 2nd — Ratio", "9:8"),
        ("Perfect 5th — Ratio", "3:2"),
        ("Tritone", "An interval of three whole tones"),
    ]


def test_a_short_line_over_a_table_is_its_title_not_a_definition() -> None:
    note = (
        "**Intervals**\n\nTextural characteristics\n\n| Interval | Characteristic |\n| --- | --- |\n"
        "| Perfect fifth, octave | Open consonances |\n| Tritone | Ambiguous |\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front == "Intervals" or card.back == "Textural characteristics"]


def test_an_equation_cut_at_its_minus_sign_and_a_connective_are_not_terms() -> None:
    note = (
        "# The Income Statement\n\nRevenue - Expenses = Income\n\n"
        "Beginning Inventory + New Purchases - Ending Inventory = Cost of Goods Sold\n\n"
        "## Account\n\n> [!note]+ Therefore\n> a device used by accountants to record the increases or decreases\n\n"
        "## Annuities\n- ordinary annuity - t = 1\n- perpetuity - never ending annuity (t = 1)\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not {"Revenue", "Beginning Inventory + New Purchases", "Therefore"} & set(fronts)
    assert "ordinary annuity" in fronts and "perpetuity" in fronts


def test_a_checklist_and_an_answer_of_only_markup_make_no_card() -> None:
    note = (
        "##### Checklist\n- [ ] Growth of Democracy\n- [ ] the depression\n\n# Germany\n## Impact of the war\n"
        + "".join(f"- In 1918 there were {n} hundred thousand war widows in region {n}.\n" for n in range(1, 9))
        + "- **Germany was virtually bankrupt**\n<br>\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front in ("Checklist", "Germany was virtually bankrupt")]
    assert 15 in _why(extraction)  # (the ``<br>`` under it is a blank line: the bold line itself is reported)


def test_a_date_is_hidden_whole_not_its_day_or_year_alone() -> None:
    note = (
        "# Weimar\n\nDue to violence in Berlin, the newly elected politicians met on 11 February 1919 in a town called Weimar.\n\n"
        "The treaty was signed by Germany on June 28, 1919 in the Hall of Mirrors.\n"
    )
    fronts = _clozes(note)
    assert any("{{c1::11 February 1919}}" in front for front in fronts)
    assert any("{{c1::June 28, 1919}}" in front for front in fronts)


def test_where_a_fact_was_taught_is_not_a_number_to_recall() -> None:
    note = (
        "* local values can reference other local values\n* use datasources to get ami-id for each region lecture 41\n"
        "* It is not necessary to specify version argument, Terraform will download the newest version\n"
        "* use local values to modify expressions centrally lecture 39\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::41}}" in front or "{{c1::39}}" in front]


def test_a_bold_exam_prompt_is_a_question_and_its_examples_are_its_answer() -> None:
    note = (
        "# Blut\n\n**Nennen Sie die flüssigen u. Festen Bestandteile des Blutes — beschreiben Sie diese\n"
        "genauer, nenne zusätzlich die Menge im Blut**\nFlüssige Bestandteile: Wasser 90% gelöste Stoffe 10%\n"
        "Feste Bestandteile: Erythrozyten, Leukozyten, Thrombozyten\n\n"
        "**Was ist ein POCT-Test? Beispiele?**\nPOCT = Point of care Test\nBsp:\n- Troponin – Schnelltest – Herzinfarkt\n"
        "- CRP Schnelltest\n- HIV-Schnelltest\n"
    )
    cards = _extract(note).cards
    assert [card.kind for card in cards] == ["question", "question"]
    assert cards[0].front.startswith("Nennen Sie die flüssigen u. Festen Bestandteile des Blutes")
    assert "HIV-Schnelltest" in cards[1].back


def test_one_row_under_two_bold_names_compares_them() -> None:
    note = (
        "# Überstrom\n\n| **Überlastung** | **Kurzschluss** |\n| --- | --- |\n"
        "| langfristig, aber nur gering | kurzfristig, aber extrem |\n\n![Sicherung]()\n"
    )
    cards = _extract(note).cards
    assert [(card.kind, card.front) for card in cards] == [("comparison", "Überlastung vs Kurzschluss")]


def test_a_pointer_to_read_and_the_rest_are_not_facts() -> None:
    note = (
        "# Antibiotics\n## Penicillins\n\nNo penicillin works on atypical organisms. The rest are fair game.\n\n"
        "### Azoles\n\nSee also [Empiric Antibiotic Choice](bear://x-callback-url/open-note?id=1) "
        "**Source** [Antibiotics basics](https://example.org/antibiotics)\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Azoles" not in fronts and not [front for front in fronts if "fair game" in front]


def test_the_numbers_of_a_worked_calculation_are_not_clozes() -> None:
    note = (
        "# Options\n\n> **As stock buyer**,\n> - Initially, pay 100 (underlying price) x 100 upfront = **10,000** -- investment\n"
        "> - At 120, return = 120 - B.E. = 120 - **100** = 20\n> - return = 20 * 100 = 2,000\n\n"
        "Example, given stock 162 and strike 150, intrinsic value = 162 - 150 = 12\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if re.search(r"\{\{c\d::[\d,.]+\}\}", card.front)]
    assert not [card for card in cards if card.front.startswith("At 120")]


def test_a_label_over_its_own_cases_is_not_a_list_to_recite() -> None:
    note = "# Moneyness\n\n`OTM`\n- OTM/Call: strike > stock\n- OTM/Put: strike < stock\n"
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration"]
    assert [card.front for card in cards] == ["OTM/Call", "OTM/Put"]


def test_a_numbered_statement_of_a_course_is_named_by_what_it_names_or_not_at_all() -> None:
    note = (
        "# Grundlagen\n\n### Definition 1.1.\n(Cantor 1895)\nEine Menge ist eine wohldefinierte Zusammenfassung verschiedener Objekte\n\n"
        "### Definition 1.2.\nSeien A und B Mengen\n\n### Satz 1.11. (Permutation)\n"
        "Die Anzahl aller Anordnungen von n Elementen ist n Fakultät.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith(("Definition 1.", "Satz 1.", "(Cantor"))]
    assert "Permutation" in fronts


def test_a_term_said_again_below_itself_is_one_card_and_pointers_are_not_facts() -> None:
    note = (
        "# Rome and Carthage\n\n- **Phoenicians**: Semitic people-group from the ancient Near East\n"
        "  - **Phoenicians** - traders, named for the purple shellfish dye they exported\n\n"
        "# Fluid Mechanics\n\nFluids are liquids or gases. Below is a comparison amongst these.\n\n"
        "# Buchungssätze\n\n- Das heisst: Bei einem Konto findet die Buchung auf der Soll-Seite statt.\n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards]
    assert fronts.count("Phoenicians") == 1 and "Phoenicians (Phoenicians)" not in fronts
    assert "purple shellfish" in next(card.back for card in cards if card.front == "Phoenicians")
    assert not [front for front in fronts if front.startswith(("Below is", "Das heisst"))]


def test_an_mdx_component_shows_its_text_and_a_badge_only_tags() -> None:
    note = (
        "## だけ vs しか\n\n日本語<Jps colour=\"dim1\" text=\"だけ\"/>話せます。= **factual / neutral feeling**\n\n"
        "## Cause and effect <Badge text=\"exam\" type=\"tip\" />\n\n- Cause: the event that brings about another and comes before it\n"
        "- Effect: the event that a cause brings about, after it\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "<" in card.front + card.back + " ".join(card.context)]
    assert [card for card in cards if "日本語だけ話せます" in card.front + card.back]
    assert [card for card in cards if card.context == ("Cause and effect",)]


def test_a_dated_log_keeps_its_days_and_quantities_and_stress_is_not_a_name() -> None:
    note = (
        "# Bread\n\n## 15 February 2023\n\nBeen continuing with the same recipe so far.\n\n"
        "- 125 g all-purpose flour:\n  - 455 kcal\n  - 95.4 g carbs\n  - 12.9 g protein\n\n"
        "## 9 February 2023\n\n### How it turned out\n\nIt was excellent.\n\n"
        "## 7 February 2023\n\n### How it turned out\n\nThe loaf rose much less; hardly any oven spring.\n\n"
        "Dough does appear to have doubled in size overnight, but rose WAY less than the previous batch.\n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards]
    assert "15 February 2023" not in fronts and not [front for front in fronts if front.startswith("February")]
    assert [card for card in cards if card.front.startswith("125 g all-purpose flour")]
    assert not [front for front in fronts if "{{c1::WAY}}" in front]


def test_a_bare_statement_label_a_placeholder_and_vice_versa_are_not_cards() -> None:
    note = (
        "# Probability\n\n- Theorem: Let F_1, F_2, … be disjoint events that form a partition of the sample space\n"
        "- Proof: Exercise\n\n# Rankine cycle\n\n## Full Cycle with Reheat\n\n(Insert T-s Diagram here)\n\n"
        "## Efficiency\n\n- Note*: Area inside cycle of T-s diagram = w_net\n\n# Convessità\n\n"
        "f è convessa se f'' ≥ 0 su tutto l'intervallo. Analogamente, è concava se vale l'inverso.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not {"Theorem", "Proof", "Full Cycle with Reheat", "Note*"} & set(fronts)
    assert not [front for front in fronts if front.startswith("Analogamente")]


def test_site_markup_a_tools_id_a_numbered_label_in_math_and_a_link_heading_a_remark() -> None:
    note = (
        "---\nid: dmvDY3XWYTitDo92VyiS2\ntitle: '2021-09-27'\n---\n\n{% include lib/mathjax.html %}\n{% include head.html %}\n\n"
        "## Cyclic groups\n$\\textbf{Definition 10.5}$\nAn $m$-cycle is a sequence of distinct elements of the set.\n\n"
        "## Opening Ideas\n\nWhen a position is closed, we have time to place our pieces in their best squares.\n\n"
        "- [Black QID](https://lichess.org/0DqPASJa/black#15): need to watch for light-squared bishop attack, blocking "
        "with knight has been problematic over a few games.\n- [Black Sicilian](https://lichess.org/edD1VVlL/black#9): "
        "4th rank queen forks.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "{%" in card.front + card.back or card.front.startswith("$\\textbf")]
    assert not [card for card in cards if "dmvDY3XWYTitDo92VyiS2" in " ".join(card.context)]
    assert not [card for card in cards if "[{{c1::Black" in card.front]


def test_answers_under_question_numbers_keep_no_number_or_letter_as_a_term() -> None:
    note = (
        "# 1\ndo $10^{20}$, source: ppt, pdf str 196, tabela 6.5\n\n# 4\nd - pride do denaturacije; uničenje strukture encima\n\n"
        "# 10\nodg: a, lažno.\n\n# 12\nresnično: aktivacijska energija pove o hitrosti reakcije.\n\n"
        "# 38\n$$\nK_{M} = \\frac{k_{-1} + k_{2}}{k_{1}}\n$$\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if re.fullmatch(r"\d+( — [a-e])?|odg|resnično", card.front)]
    assert not [card for card in cards if "{{c1::196}}" in card.front]


def test_latex_comments_and_layout_commands_are_not_text() -> None:
    note = (
        "% elektromagnetické vlnění - charakteristika\n% Maxwellova teorie elmag. pole\n% rovnice elmag. vlny\n\n"
        "\\setcounter{section}{21}\n# Elektromagnetické vlnění\n- šíření elektrického a magnetického pole prostorem\n"
        "- oscilující elektrické a magnetické pole\n\n\\fullfig[width=0.8\\textwidth]{22-vlna}[Šíření pole]\n\n"
        "## Hydrogenation\n\n$$\n\\ce{MeHC = CH2 + H-H -> MeH_2C - CH_3}\n$$\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "%" in card.front or "fullfig" in card.front + card.back]
    assert [card for card in cards if "\\ce{MeHC" in card.back]  # (math keeps its commands)


def test_connectives_signposts_and_german_nouns_are_not_hidden() -> None:
    note = (
        "# Book I\n\nYet Aristotle claims that we act for the good that the action produces, says Aristotle again.\n\n"
        "- Se usa Cuando EL ingreso es fijo y necesitamos maximizar la utilidad\n\n"
        "## Fenomenologia\n\nArriviamo al concetto di **sostanza**.\n\n"
        "Vediamo dunque la funzione giustificatrice della filosofia.\n\n"
        "## Hypothesentests\n\nIst dies der Fall, so beschreibt H nur die relevante Alternative.\n\n"
        "Testwert berechnen gemäss Tabelle 3 über die wichtigsten Parametertests.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [f for f in fronts if "{{c1::Yet" in f or "{{c1::Cuando" in f or "{{c1::Fall}}" in f or "{{c1::Tabelle}}" in f]
    assert not [f for f in fronts if f.startswith(("Arriviamo", "Vediamo", "Fenomenologia"))]
    why = _why(extraction)
    assert "where it goes next" in why[9] and "where it goes next" in why[11]


def test_links_videos_and_emoji_marks_are_not_terms_or_lists() -> None:
    note = (
        "- Enfoque Primal\n"
        "\t- Draw\n\t  collapsed:: true\n\t\t- [[draws/2021-11-23-11-37-20.excalidraw]]\n"
        "\t- 🎞️\n"
        "\t\t- Optimo del Consumidor\n\t\t\t- {{youtube https://www.youtube.com/watch?v=xrlDc4YbM0Q}}\n"
        "\t\t- Demandas Marshalianas\n\t\t\t- {{youtube https://www.youtube.com/watch?v=GLgoZx88xuk}}\n"
        "- Ejercicio Monopolio\n\t- {{youtube https://www.youtube.com/watch?v=fpgCLu380_A}}\n"
        "\t\t- {{youtube-timestamp 303}} Comparación entre competencia perfecta y monopolio\n"
    )
    extraction = _extract(note)
    assert extraction.cards == [] or not [c for c in extraction.cards if c.front in ("Draw", "Ejercicio Monopolio") or "🎞" in c.front]
    why = _why(extraction)
    assert "title of a link" in why[2] and "title of a link" in why[10]


def test_values_under_a_name_and_a_formulas_legend() -> None:
    note = (
        "## Temperature scales\n\n* Celsius:\n\t* $0^{\\circ}C$  = Freezing point of water\n"
        "\t* $100^{\\circ}C$ = Boiling point of water\n\n"
        "## Specific heat capacity\nThe specific heat capacity is **the energy to raise 1 kg by 1 degree**.\n"
        "$$\nQ = mc\\Delta T\n$$\nWhere:\n* $Q$ is the heat energy\n* $m$ is the mass\n* $c$ specific heat capacity\n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards]
    assert not [f for f in fronts if "list all" in f]
    assert "$0^{\\circ}C$" in " ".join(fronts)  # each value still asked on its own card
    legend = [card for card in cards if card.front.startswith("$Q = mc\\Delta T$")]
    assert legend and "$m$ is the mass" in legend[0].back


def test_a_swedish_ordinal_a_book_number_and_cut_sentences_are_not_split() -> None:
    note = (
        "# Information\nTenta om man vill ha 4:a eller 5:a\n\n"
        "# Ethics\n\n## Book V\n\nJustice an Injustice.\n\n"
        "## RからSへの遷移のメカニズム\n\n一つのglobin foldをN末端からhelixを順番にA-helix, B-helixと名付けた時、\n"
        "F helixの所にHistidineのresidueがあって、これがheme基と相互作用する。\n\n"
        "## MWC\n\nどちらが正しいかの結論は出ていないが、MWCモデルの方が実験結果とは整合性が高いような？という感じらしい。\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.startswith("Tenta") or card.back.startswith("a eller")]
    assert not [card for card in cards if "Book V" in card.front]
    heading = [card for card in cards if card.front.endswith("メカニズム")]
    assert heading and "相互作用する" in heading[0].back  # the sentence wrapped after its comma is one
    assert not [card for card in cards if card.back.startswith("という")]


def test_chapter_numbers_todo_lists_epigraphs_and_answers_that_point_back() -> None:
    note = (
        "## 第二章\nAn overview of the financial system\n\n## 第三章: What is money\n\n"
        "这一章讲了什么是货币, 最重要的概念是M1和M2, 其他很简单\n\n"
        "## Intro\n\n\"You can see a lot by looking\" - Yogi Berra\n\n"
        "## Things to follow up on\n- Figure out how to make a markdown table for the comparison\n- Ask about necrosis\n\n"
        "## TODOs\n- why we have closedness from the definition of subgroup?\n\n"
        "## Salts\n* the salt contains:\n  * cation\n    * neutral/acidic/basic\n    * conjugate acid of a weak base\n"
        "  * anion\n    * do the same thing\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not {"第二章", "第三章", "Things to follow up on", "TODOs", "anion"} & set(fronts)
    assert not [f for f in fronts if "Yogi" in f or f.startswith("What is {{c1")]
    why = _why(extraction)
    assert "quotation" in why[10] and "about the notes or the course" in why[4]


def test_a_block_link_a_notation_label_and_a_statement_in_parts() -> None:
    note = (
        "## Grashof\n\n- $G_r$ is the Grashof number\n  - $L_c$ is characteristic length [[#^1ffba7]]\n\n"
        "## Linear mapping\n\n- matrix $A$ of a linear mapping $f$\n  - notation: $A = {}_{B_V}[f]_{B_U}$\n  - $B_U$ is a basis\n\n"
        "## Group\n\n- $\\mathcal{G}=(G,\\cdot,0)$ where\n  - $\\cdot : G \\times G \\rightarrow G$\n  - $0 \\in G$\n"
        "- group can also be commutative\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "1ffba7" in card.front + card.back]
    assert not [card for card in cards if card.front == "notation"]
    assert [card for card in cards if card.front.endswith("— notation")]
    assert not [card for card in cards if card.front.startswith("Group — list all")]


def test_a_heading_over_what_its_formula_measures_asks_for_the_heading() -> None:
    note = (
        "# Dimensionless numbers\n\n## Reynold\nRatio of inertial forces to viscous forces\n$$\nR_e = \\frac{\\rho V L_c}{\\mu}\n$$\n\n"
        "## Independence\nTwo events A and B are independent if and only if\n$$\nP(A \\cap B) = P(A)P(B)\n$$\n"
    )
    cards = _extract(note).cards
    reynold = [card for card in cards if card.front == "Reynold"]
    assert reynold and "inertial forces" in reynold[0].back and "R_e" in reynold[0].back
    assert not [card for card in cards if card.front.startswith("Ratio of inertial")]
    assert [card for card in cards if card.front.startswith("Two events A and B are independent")]  # (it asks for the formula)


def test_signposts_in_korean_a_reading_list_and_a_reference_with_its_link() -> None:
    note = (
        "# Wasserman, Metaphysical Puzzles\n\n"
        "## 읽기자료\n- The Puzzles, from Stanford Encyclopedia of Philosophy, Fall 2017 ed. [link](https://plato.stanford.edu/)\n\n"
        "## The Debtor's Paradox\n\n이 역설에 대해 논의하기 전에 먼저 배경이 되는 짧은 주장을 짚고 넘어가야 한다.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front in ("읽기자료", "The Debtor's Paradox") or "Stanford" in card.front]
    why = _why(extraction)
    assert "link" in why[4] and "where it goes next" in why[8]


def test_a_numbered_path_or_claim_carries_its_parent() -> None:
    note = (
        "## Apoptosis\n\n- Path 1: Fas-Receptor (CD95) pathway: CD95 binds with FAS ligand, which activates **caspase-8**.\n"
        "- Path 2: Mitochondrial route: the mitochondria leak **cytochrome C**, activating **caspase-9**.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Path 1" not in fronts and [front for front in fronts if front.endswith("— Path 1")]


def test_a_full_width_colon_separates_a_term_and_an_answer_label_is_no_term() -> None:
    note = (
        "# 导数\n\n- 调和函数：满足拉普拉斯方程的二元实函。\n- 解析函数实虚部均为调和函数。\n\n"
        "## 次の中で、MacOS に使用できる Azure 管理ツールはどれですか？\n\n正解：Azure CLI, Azure PowerShell, Azure Portal\n"
    )
    cards = _extract(note).cards
    assert [card for card in cards if card.front.endswith("调和函数") and "拉普拉斯方程" in card.back]
    assert not [card for card in cards if card.front == "正解" or card.front.endswith("› 正解")]


def test_directions_emoticons_note_labels_page_numbers_and_a_lead_in_over_a_blank_line() -> None:
    note = (
        "#### Osmosis\nOsmosis is a special kind of diffusion which involves diffusion of water.\n"
        "- High -> low concentration of water\n- Cell's surface\n\n#### Active Transport\n\n"
        "  - ATP is required\n    - Made from mitochondria :D\n  - From low concentration -> high concentration\n\n"
        "## Swidler\n\nNew Notes:\n<def>Old understanding of culture: culture shapes action by supplying ultimate ends.</def>\n\n"
        "Really key point: “One can hardly pursue success where the skills are unfamiliar.”\n\n"
        "p.277: “Usually, we invoke culture to explain continuities in action.”\n\n"
        "What I fear is not the enemy's strategy, but our own mistakes, said **Pericles**.\n\n"
        "# Directories, Tables and Pages\n\nIn a two-level virtual memory system, directories, tables and pages\n"
        "are laid out in the following order\n\n- Directories\n  - Tables\n    - Pages\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not {"High", "From low concentration", "Made from mitochondria", "New Notes", "Really key point", "p.277"} & set(fronts)
    assert not [f for f in fronts if "{{c1::What I}}" in f or "{{c1::Old}}" in f]
    assert "Directories, Tables and Pages" not in fronts  # (its answer would be the sentence without the order)


def test_a_capitalised_whereas_is_no_name_and_a_coal_mine_is_no_first_person() -> None:
    note = (
        "# Wages\n\nThe **wage of labor** is what a worker earns for a day of work.\n\nChildren in a nation that is increasing in its wealth can be a fortune to the parents, Whereas, "
        "in a stagnant nation, the parents have enough wage only to support them.\n\n"
        "Rent rises with the price of produce, Whereas profits fall as stock accumulates.\n\n"
        "The landlord of a coal mine allows nobody else to work it without paying a rent of **one fifth**.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "{{c1::Whereas}}" in card.front]
    assert [card for card in extraction.cards if "{{c1::one fifth}}" in card.front]


def test_a_list_hidden_from_its_middle_a_chain_of_thoughts_and_a_byline_in_chinese() -> None:
    note = (
        "## Pauillac\n\nThe largest commune of the **Haut Médoc**.\n\n"
        "_Aroma_ black berries, black plum, black cherry, toast, cedar, tobacco, mushroom\n\n"
        "_Flavours_ black berries, black plum, black cherry, toast, cedar, tobacco, mushroom\n\n"
        "## Parmenides\n\n- Truth is being -> homogeneous changes\n- Change is not being -> not green is\n\n"
        "## 资料\n\n周抗美、王兆渠编著：德语语法解析与练习（第3版），同济大学出版社，2015年5月\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "{{c1::cherry" in card.front]
    assert not [card for card in cards if card.front in ("Truth is being", "| Change is not being") or "-> homogeneous" in card.front]
    assert not [card for card in cards if card.front.startswith("周抗美")]


def test_learning_goals_in_indonesian_a_that_clause_a_translation_and_a_sentence_continued() -> None:
    note = (
        "# Akuntansi dan Lingkungan Bisnis\n\n## Tujuan Pembelajaran\n\n1. Mengenal kosa kata akuntansi\n"
        "2. Menggunakan persamaan akuntansi\n3. Menyusun laporan keuangan\n\n"
        "## r > g\n\nThe main point is that the numerator increases in an r rate, and the denominator increases as a g.\n\n"
        "## 不 / 没\n\n她一口饭也没吃。She didn't eat a meal. She is **hungry**.\n\n"
        "## Akuntansi\n\n- Akuntansi (accounting) adalah sistem informasi yang\n  - mengukur aktivitas bisnis,\n"
        "  - memproses data tersebut menjadi laporan,\n  - dan mengomunikasikan hasilnya\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [f for f in fronts if f.startswith("Tujuan Pembelajaran") or "{{c1::that" in f or "{{c1::She}}" in f]
    assert not [f for f in fronts if f.startswith(("dan ", "Akuntansi (accounting) adalah sistem informasi yang —"))]


def test_the_books_read_and_how_the_course_is_graded_are_no_terms() -> None:
    note = (
        "# 参考：人卫9 版生物化学与分子生物学，维基百科\n\n# 三羧酸循环\n\n"
        "三羧酸循环是**需氧生物**体内普遍存在的代谢途径。\n\n"
        "## 1.4 Plano de Negócio\n- Documento por escrito que demonstra as ações que devemos tomar.\n\n"
        "## 1.5 Avaliações\n- Provas escritas;\n- Seminários.\n\n"
        "## Variabili casuali\n\nUna **variabile casuale** è una funzione che associa un numero a ogni esito.\n\n"
        "Riferimenti:\n[[Lucidi/5_prob_varcasual_L5.pdf#page=4|5_prob_varcasual_L5, page 4]]\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [f for f in fronts if f.startswith(("参考", "Avaliações", "Riferimenti"))]
    assert [f for f in fronts if "Plano de Negócio" in f] and [f for f in fronts if "Variabili casuali" in f]
    left = {skip.source.line for skip in extraction.skipped}
    assert {1, 10, 18} <= left


def test_logseq_clozes_keep_their_answers_and_an_extra_stays_beside_them() -> None:
    note = (
        "deck:: 歷史::原住民\n\n- # 大體原住民特色\n\t- 傳統原住民主要為 {{c1 母 :: 父／母}} 系**社會**\n"
        "\t- 以 {{c1 茅草::材料}} 和 {{c2 竹子}} 建在高臺上\n"
        "- # 牡丹社事件\n\t- {{cloze 李仙得}} 建議日本以 {{cloze 番地無主論}} 出兵臺灣\n"
        "\t- 協定 -> 浪橋十八社保護遭受 {{c1 船難的西方人}}\n\t  extra:: 不包括**東方**人\n"
    )
    clozes = _clozes(note)
    assert "傳統原住民主要為 {{c1::母::父／母}} 系**社會**" in clozes
    assert "以 {{c1::茅草::材料}} 和 {{c2::竹子}} 建在高臺上" in clozes
    assert "{{c1::李仙得}} 建議日本以 {{c2::番地無主論}} 出兵臺灣" in clozes
    assert [front for front in clozes if "{{c1::船難的西方人}}" in front and "不包括" in front]


def test_a_word_in_double_braces_is_a_cloze_but_a_logseq_macro_code_and_math_are_not() -> None:
    note = (
        "- Die Verben auf -ar werden im Konjunktiv mit {{-e}} geformt.\n"
        "- Beispielsätze:\n"
        "    - Busco secretaria que {{tenga }}experiencia, que {{sepa }}hablar inglés\n"
        "- {{embed ((635a5c5a-19fc-47e7-8f14-09d8715c8d01))}}\n"
        "- The template `{{name}}` prints the user's name in Mustache.\n"
        "- The elasticity is $E=\\frac{{\\rm change}}{\\rm price}$ for all goods.\n"
    )
    clozes = _clozes(note)
    assert "Die Verben auf -ar werden im Konjunktiv mit {{c1::-e}} geformt." in clozes
    assert [c for c in clozes if "que {{c1::tenga}} experiencia, que {{c2::sepa}} hablar inglés" in c]
    assert not [c for c in clozes if "embed" in c or "Mustache" in c or "::\\rm" in c]


def test_a_case_heading_names_its_case_in_the_breadcrumb_and_a_then_leads_into_its_list() -> None:
    note = (
        "# Torts\n\n## Defences\n\n### Case: *Hamilton* v. *Kember*, 2008 CanLII 6988\n\n"
        "- Kyle Hamilton arrived at the party drunk\n- Court Decision\n\t- Parents had a duty of care\n"
        "\t- They were aware a risky situation might develop\n\n"
        "### Case: *Isildar* v. *Rideau Diving Supply*\n\n- Court Decision\n\t- The instructor breached her duty\n"
        "\t- Isildar was 15 % liable\n\n"
        "## Properties of independent events\n\nIf $A$ and $B$ are independent, then\n\n"
        "1. $P_B A = P A$\n2. $A^c, B$ are independent\n"
    )
    cards = _extract(note).cards
    decisions = [card for card in cards if card.front.startswith("Court Decision")]
    assert len(decisions) == 2 and {card.context[-1] for card in decisions} == {
        "Hamilton v. Kember, 2008 CanLII 6988",
        "Isildar v. Rideau Diving Supply",
    }
    assert not [card for card in cards if card.front.endswith("— Case")]
    (independent,) = [card for card in cards if card.front.endswith("independent events")]
    assert "$A^c, B$ are independent" in independent.back


def test_a_placeholder_answer_an_arrow_label_and_examples_after_a_labelled_list() -> None:
    note = (
        "# VWL Grundlage\n\n**Einzelwirtschaftliche Entscheidungen**:\n- Sind vorteilhaft\n"
        "- Manchmal im Spannungsfeld zur Gesamtwirtschaft\n\nBeispiele:\n"
        "- Umweltschädigende Produktion => günstig für Betrieb\n- Betriebswegzug => Betrieb spart Steuern\n\n"
        "## Triângulos Isósceles\n\n**Prova:**\n\n...\n\n"
        "## Distributions\n\n=&gt; Describing a distribution\n\n"
        "-   Center: Mean, Median, or Mode? figure by skew\n-   Context: what the distribution shows\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "Beispiele" in front]  # examples, each pair asked on its own card
    assert {"Umweltschädigende Produktion", "Betriebswegzug"} <= set(fronts)
    assert not [front for front in fronts if front.startswith("Prova")]
    assert {skip.reason for skip in extraction.skipped if skip.source.line == 13} == {"no answer written yet under 'Prova'"}
    (context,) = [card for card in extraction.cards if card.front == "Context"]
    assert context.context[-1] == "Describing a distribution"
    assert "Describing a distribution — list all 2" in fronts


def test_hugo_links_an_inline_citation_and_remarks_about_the_notes_make_no_card() -> None:
    note = (
        "# Physik\n\n"
        '[crap to remember for AP Stats]({{< relref "KBhcram.md" >}}) is a cram sheet for the '
        '[AP Statistics]({{< relref "KBhAPStats.md" >}}) exam.\n\n'
        "Alle verwendeten Bilder sind aus dem [Skript](https://example.org/s.pdf)^[Matthias Sickmüller. "
        "PHYSIK Skript. 2020. https://example.org/s.pdf.\n] von Herrn Sickmüller entnommen.\n\n"
        "Die Stromstärke gibt die Ladungen pro Sekunde an, gemessen in Ampere von André-Marie Ampère.\n\n"
        "Gute Beziehungen durch Souveränität und Integrität gegenüber Westeuropa wurden wichtig.\n"
    )
    extraction = _extract(note)
    text = " ".join(card.front + card.back for card in extraction.cards)
    assert "relref" not in text and "Sickmüller" not in text and "cram sheet" not in text
    assert "{{c1::Gute Beziehungen}}" not in text
    assert [card for card in extraction.cards if "André-Marie Ampère" in card.front]
    assert {3, 5} <= {skip.source.line for skip in extraction.skipped}


def test_a_pelican_header_an_html_item_over_two_lines_a_colon_complex_and_a_remark_after_though() -> None:
    note = (
        "Title: SENG4921 - Lec 05 - Introduction to Law and Contracts\nDate: 2009-04-11 01:12:40\nTags: law,seng4921\n\n"
        "There are two sources of law.\n<ul>\n\t<li><strong>Statutory Law:\n</strong>In Australia Statutory Law is "
        "written <strong>law set down by parliament</strong>.</li>\n</ul>\n\n"
        "Though I think the <a href=\"http://x.org/iphone.pdf\">iPhone License Agreement</a> is worth a look too.\n\n"
        "Peptide:MHC II complexes are generated in acidified endocytic vesicles by acid proteases.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not {"Title", "Tags", "Date", "Peptide"} & set(fronts)
    (statutory,) = [card for card in extraction.cards if card.front == "Statutory Law"]
    assert statutory.back.endswith("**law set down by parliament**.") and "</li>" not in statutory.back
    assert statutory.context == ("Lec 05 - Introduction to Law and Contracts",)
    assert not [card for card in extraction.cards if "iPhone" in card.front]
    assert {skip.reason[:34] for skip in extraction.skipped if skip.source.line == 11} == {"the author's own remark, not a fac"}


def test_a_chinese_syllabus_numbering_exam_formats_a_sentence_marked_wrong_and_a_widely_spaced_bullet() -> None:
    note = (
        "# 教育基础知识\n\n## 专题一：教育的产生与发展\n\n### 考点1：教育的属性\n\n> 单选题 + 辨析题\n\n"
        "- 社会属性\n  - 考题：教育和政治经济发展是同步的（❌）\n"
        "  - 清朝末年实行“中体西用”的教育指导思想体现了教育的历史性\n\n"
        "> 注：只考单选，红色五角星为常考题\n\n#### 1、内发论\n\n- 思想：来自人自身的内在需要\n- 人物：孟子、弗洛伊德、威尔逊\n\n"
        "### 考点4：有关教育目的的理论\n\n*  **社会本位论**\n  * 观点：社会发展需要，培养社会公民\n  * 人物：赫尔巴特、柏拉图、孔德\n"
    )
    extraction = _extract(note)
    fronts = {card.front for card in extraction.cards}
    assert not {"专题一", "考点1", "考点4", "注", "考题"} & fronts
    assert not [front for front in fronts if "list all" in front and "内发论" in front]
    (idea,) = [card for card in extraction.cards if card.back == "来自人自身的内在需要"]
    assert idea.context == ("教育基础知识", "教育的产生与发展", "教育的属性", "内发论")
    (view,) = [card for card in extraction.cards if card.front == "观点"]
    assert view.context[-2:] == ("有关教育目的的理论", "社会本位论")
    why = _why(extraction)
    assert why[5].startswith("about the notes or the course") and why[13].startswith("the author's own remark")
    assert why[10].startswith("marked wrong by its author")


def test_bullets_hanging_under_a_line_a_doi_answer_and_a_list_cloze_through_a_phrase() -> None:
    note = (
        "# Chronic Sickness and Neck Problems\nVagus nerve controls many sphincter actuations\n"
        "\t* stomach acid production\n\t\t* piloric valve\n\t* esophageal sphincter\n\t* vocal chords\n\n"
        "# Studies\n* immune interactions involved in cholinergic anti-inflammatory pathway\n"
        "    * DOI: 10.33549/physiolres.933671\n\n"
        "## Capital Cost of Allowance\n\nAlthough not a depreciation method, in Canada, CCA and depreciation are "
        "[interlinked](https://www.youtube.com/watch?v=ZRcpnM26nJM).\n\n"
        "- Obedeço à **toda** norma do colégio.(errado)\n"
    )
    extraction = _extract(note)
    (sphincters,) = [card for card in extraction.cards if card.front.startswith("Vagus nerve controls")]
    assert sphincters.back.splitlines()[:2] == ["- stomach acid production", "- esophageal sphincter"]
    assert " * " not in sphincters.back
    assert not [card for card in extraction.cards if "DOI" in card.back or "Canada" in card.front]
    assert not [card for card in extraction.cards if "toda" in card.front]
    why = _why(extraction)
    assert why[9].startswith("nothing to learn in the answer") and why[16].startswith("marked wrong by its author")
    assert why[14].startswith("no key term")


def test_an_obsidian_theorem_box_keeps_its_formulas_and_the_proof_under_it_makes_no_card() -> None:
    note = (
        "# 1. Lemmi\n#Lemma \n> [!lem] Lemma 1.1. (di Peano)\n> Sia $f$ *derivabile* ([[Derivata#^12c1df]]) fino all'ordine $n$.\n"
        "> Supponiamo che la *derivata di ogni ordine in* $x_0$ sia nullo;\n> $$f(x_0) =0, \\ldots, f^{(n)}(x_0) = 0$$\n"
        "> Allora si verifica il seguente limite\n> $$\\lim_{x \\to x_0}\\frac{f(x)}{(x-x_0)^n}=0$$\n^0fe338\n\n"
        "#Dimostrazione \n**DIMOSTRAZIONE** del *lemma di Peano* ([[#^0fe338]])\n"
        "A questo punto uso il *teorema di de L'Hôpital*:\n$$\\lim \\frac{f(x)}{(x-x_0)^n} = \\lim \\frac{f'(x)}{n(x-x_0)^{n-1}}$$\n"
        "Adesso considero quest'ultimo limite come\n$$\\frac{1}{n!}f^{(n)}(x_0) = \\boxed{0} \\ \\blacksquare$$\n\n"
        "**FIGURA 0.a.** (*La linearizzazione della funzione*)\n![[Pasted image 20231130174308.png]]\n\n"
        "Allora considerando la funzione\n$$g(x) = (x-x_0)^{n+1}$$\n"
        "Ma allora posso usare il *teorema di Cauchy* su questa espressione: allora ho\n$$\\exists \\xi_1: g'(\\xi_1) = 0$$\n"
    )
    extraction = _extract(note)
    (lemma,) = extraction.cards
    assert lemma.front == "Lemma 1.1. (di Peano)" and lemma.context == ("Lemmi",)
    assert "(Derivata)" in lemma.back and "^12c1df" not in lemma.back
    assert "f^{(n)}(x_0) = 0" in lemma.back and "Allora si verifica il seguente limite" in lemma.back
    assert lemma.back.rstrip().endswith("=0\n$$")
    why = _why(extraction)
    assert why[11].startswith("part of a worked example or proof") and why[15].startswith("part of a worked example")
    assert why[18].startswith("the caption of a figure") and why[21].startswith("a step of a derivation")
    assert why[23].startswith("a step of a derivation")


def test_tag_lines_and_headings_typed_without_a_space() -> None:
    tagged = "# Lemmi\n#Teorema \n> [!thm] Teorema di Peano\n> Ogni funzione derivabile è continua nel suo dominio.\n"
    (peano,) = _extract(tagged).cards
    assert peano.front == "Teorema di Peano" and peano.context == ("Lemmi",)
    unspaced = "##Oběhová soustava\n- William Harvey popsal činnost srdce\n#Srdce\n####Fyziologie\n- tep: puls - tlaková vlna\n"
    (pulse,) = [card for card in _extract(unspaced).cards if card.front == "tep"]
    assert pulse.context == ("Srdce", "Fyziologie")


def test_a_table_of_contents_example_sentences_under_labels_links_to_watch_and_analogies() -> None:
    note = (
        "# Relative Pronoun（関係代名詞）\n\n## 目次\n\n| Link | Description |\n| --- | --- |\n"
        "| [関係代名詞](#関係代名詞) | that, which, who(whom)、制限用法と非制限用法 |\n| [先行詞](#先行詞) | 先行詞についての補足など |\n\n"
        "## 関係代名詞\n\n- 関係代名詞 that\n  - ヒト・モノ・コトを特定する\n  - 「あれ」の意味で何かを特定するイメージ\n"
        "    - 代名詞: That is my younger sister.\n    - 限定詞: I prefer that car.\n    - that 節: I know that you are right.\n\n"
        "## Shot Size\n\nPlease see **Professor Tim Bell**'s [first video](https://iu.mediaspace.kaltura.com/media/1A) "
        "to have a deeper understanding of this.\n\n"
        "## Editing\n+ Two words\n  + EX:\n    + car hits person\n    + person hits car\n"
        "+ Needs a sense of rythem\n  + Like a joke\n    + If you tell a joke with bad rythm, the joke falls flat\n\n"
        "## Classical Latin\n\n- what Caesar, Cicero, Ovid wrote\n- used 100 BCE - 100 CE\n\n"
        "## Quantum calculation\n\n- It diverges near **q=0**!!! This is the IR divergence.\n"
    )
    extraction = _extract(note)
    fronts = {card.front for card in extraction.cards}
    assert not {"関係代名詞", "先行詞", "代名詞", "限定詞", "that 節", "EX", "Like a joke", "used 100 BCE"} & fronts
    assert not [front for front in fronts if "list all" in front and "イメージ" in front]
    assert not [card for card in extraction.cards if "Tim Bell" in card.front or "diverges" in card.front]
    why = _why(extraction)
    assert why[5].startswith("a table of contents") and why[15].startswith("an example sentence under a label")
    assert why[21].startswith("points to where to read more") and why[35].startswith("not a definition")


def test_a_numbered_worked_example_and_a_table_of_a_variables_values_make_no_cards() -> None:
    note = (
        "# probability\n\n## discrete random variables\n\n"
        "let $X$ be the random variable:  number of heads in 3 tosses of a fair coin.\n\n"
        "| sample space | x |\n|:---:|:-:|\n| TTT | 0 |\n| TTH | 1 |\n| HHT | 2 |\n| HHH | 3 |\n\n"
        "## mathematical expectation\n\n"
        "1.1. **expected value**  let $X$ be a random variable with probability distribution $f(x)$, "
        "the **mean** of $X$ is\n\nif $X$ is discrete\n\n$$\\mu = E(X) = \\sum_{x}{x f(x)}$$\n\n"
        "4.1.  **example** a lot contains 4 good components and 3 defective ones. a sample of 3 is taken.\n\n"
        "$f(0) = 1/35$,  $f(1) = 12/35$, $f(2) = 18/35$, $f(3) = 4/35$\n\n"
        "$$\\mu = (0) \\frac{1}{35} + (1) \\frac{12}{35} + (2) \\frac{18}{35} + (3) \\frac{4}{35} = 1.7$$\n\n"
        "therefore a sample of 3 will contain on average 1.7 good components\n\n"
        "1.4.  the variance of the random variable $X$ is $\\sigma^{2} = E(X^{2}) - \\mu^{2}$\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if re.search(r"TTT|let \$X\$|\{\{c\d::\d|4\.1|1\.4|f\(0\)|1\.7", front)]
    assert "expected value — if $X$ is discrete" in fronts
    assert [front for front in fronts if front.startswith("the variance of the random variable") and "{{c1::" in front]
    why = _why(extraction)
    assert why[7].startswith("the values of") and why[5].startswith("the setting of an example")
    assert why[16].startswith("leads into what follows")
    assert why[22].startswith("part of a worked example") and why[28].startswith("part of a worked example")


def test_a_chapters_title_an_exam_task_and_an_unfinished_lead_are_no_cards() -> None:
    note = (
        "Possible Exam 1 Questions:\n==========================\n\n"
        "Chapter 2 What is the Earth Made Of?\n------------------------------------\n"
        "1. Today we approach the study of the Earth as a systems science. List\n   the four systems.\n"
        "2. Briefly describe Harry Hess' hypothesis of sea-floor spreading.\n\n"
        "Alfred Wegener proposed the continental drift hypothesis.\n\n"
        "## Events\n\nthe two events $A$ and $B$ are called independent if\n\n- $P[AB] = P[A]P[B]$\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "Chapter 2" in front or "Harry Hess" in front or "independent" in front]
    assert [card for card in extraction.cards if "{{c1::Alfred Wegener}}" in card.front]
    why = _why(extraction)
    assert why[8].startswith("a task the note sets") and why[12].startswith("a sentence cut off")


def test_bear_highlights_a_headerless_table_and_a_rule_after_a_heading() -> None:
    note = (
        "## Terms\n* ::Inflation:: — situation where there is a sustained increase in the GPL of an economy\n"
        "* ::GPL:: - average price of all G/S in economy during a period of time\n\n"
        "# 9 Fragen und Ausrufe =====\n\n"
        "| Qué + Verb | Was? | Qué hace usted? |\n| --- | --- | --- |\n"
        "| Qué + Substantiv | Welche? | Qué lenguas hablan? |\n| Quién/-es | Wer? | Quién es Antonio Banderas? |\n"
        "| Dónde? | Wo? | |\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    assert cards["Inflation"].back.startswith("situation where") and cards["GPL"].back.startswith("average price")
    assert cards["Qué + Verb"].back == "Was? — Qué hace usted?" and cards["Dónde?"].back == "Wo?"
    assert cards["Quién/-es"].context == ("Fragen und Ausrufe",)
    assert not [front for front in cards if "Was?" in front]


def test_labels_restatements_and_cut_off_answers_from_set_s56() -> None:
    note = (
        "---\ntitle: \"Tópicos de Direito Constitucional\"\ndate: \"2020-05-20\"\n—\n\n"
        "## Características dos direitos fundamentais\n\n"
        "- inalienabilidade: não são passíveis de alienação;\n- irrenunciáveis: não podem ser renunciados;\n"
        "- historicidade: surgem e evoluem ao longo da história;\n\n"
        "## Verbos como gustar\n\n**Me gusta el libro.** → *Mir gefällt das Buch.*\n\n"
        "## Vertragserfüllung\n\n- Ausnahme: Streitfall\n\n"
        "## New Data Frame\n\nTwo Quantitative Variables\n* does Smokers explain variation in FiveVegetables?\n"
        "  * yes, you can draw a line at the mean of Smokers\n* do people who smoke eat fewer vegetables?\n"
        "  * no, it's not supported by the data\n\n"
        "## Review\n\n- \"good to know for exam\"\n  - reasonable idea of all concepts\n  - how concepts work together\n"
        "- intermediate goods are not included in GDP, ex: price of finished car\n\n"
        "## Cosmology\n\nGravity pulled the matter tightly into a protostar. **Boom!** fusion reactions began.\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert not {"title", "inalienabilidade", "irrenunciáveis", "Two Quantitative Variables", '"good to know for exam"'} & set(cards)
    assert cards["historicidade"].back.startswith("surgem")
    assert cards["Me gusta el libro"].back == "*Mir gefällt das Buch.*"
    assert "Ausnahme" not in cards
    assert cards["does Smokers explain variation in FiveVegetables?"].kind == "question"
    assert not [front for front in cards if "Boom" in front or front.endswith(", ex")]
    why = _why(extraction)
    assert why[8].startswith("the answer only restates") and why[22].startswith("its answer is the note's questions")


def test_a_bold_label_typed_under_an_item_and_a_cloze_inside_bold() -> None:
    note = (
        "#### BOT and Forex Rate\n**BOT**\n* Deflation -> locally produced goods become relatively cheaper\n"
        "* Country's BOT improves\n**Forex Rate**\n* deflation -> decrease in supply of home currency in forex market\n"
        "* exports become more price competitive -> rise in foreigners' DD for home currency\n\n"
        "## Causes of Inflation\n### Demand Pull Inflation\n* Due to **continuing increases in AD when economy is near or at full employment**\n"
        "* Profit motivated firms increase production — increase output and operate closer to full capacity\n"
        "* Firms use resources that are less & less suitable for production.\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert "Country's BOT improves" in cards["BOT — list all 2"].back and "Forex" not in cards["BOT — list all 2"].back
    assert cards["exports become more price competitive"].context[-1] == "Forex Rate"
    (cloze,) = [card for card in extraction.cards if card.kind == "cloze"]
    assert "**}}" not in cloze.front and re.search(r"\*\*continuing[^*]*\{\{c1::[^*]+\}\}\*\*", cloze.front)


def test_a_row_numbered_vocabulary_a_highlighted_theorem_and_its_proof() -> None:
    rows = "".join(f"| {n} | word{chr(96 + n)} | 漢字{chr(96 + n)} | meaning {chr(96 + n)} | romaji{chr(96 + n)} |\n" for n in range(1, 20))
    note = (
        "| No. | Vocabulary | Kanji | Meaning | Romaji |\n| --- | --- | --- | --- | --- |\n" + rows + "\n"
        "### Bridges\n\n==__Theorem^1^:__ An edge $e$ of a connected graph $G$ is not a bridge of $G$ _iff_ there is "
        "a cycle in $G$ containing $e$.==\n\n---\n\n__Proof of Theorem^1^__\n_Backwards:_ Let $u, v$ be the ends of $e$.\n\n"
        "_Forwards:_ If $e$ is not a bridge of $G$, then $G - e$ is connected.\n\n_QED._\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert cards["wordg"].back.startswith("- Kanji: 漢字g\n- Meaning: meaning g") and not [f for f in cards if "No." in f]
    assert len([card for card in extraction.cards if card.front.startswith("word")]) == 19
    assert cards["Bridges — Theorem 1"].back.startswith("An edge $e$ of a connected graph")
    assert not [front for front in cards if re.search(r"Proof|Forwards|Backwards", front)]


def test_course_admin_labels_captions_and_block_references_make_no_cards() -> None:
    note = (
        "# History 102\n\n## Admin\n- Second reading quiz: Friday, September 13th on Luther\n- First exam: next Friday\n\n"
        "## Avisos / Observações\n- Nenhum, nesta data 🗓.\n\n"
        "## Einstieg\n\n125.1 Enzymatische Hydrolyse und Resorption\n\n"
        "## Electrons\n- ((63896930-dd21-4d6e-8bfd-6376aebc8b0d))\n  - has two electrons in its outer shell\n"
        "- Interesting tidbits: Positive charges are hairdryers, negative charges are vacuum cleaners.\n\n"
        "## Elasticité\n- $\\star$ Si EPC = 0, les biens sont indépendants\n\n"
        "## Connettivo\n- vari tipi si chiameranno:\n  - fibroblasti --> fibrociti\n  - condroblasti --> condrociti\n"
    )
    extraction = _extract(note)
    fronts = {card.front: card for card in extraction.cards}
    assert not [f for f in fronts if re.search(r"quiz|exam|Avisos|125\.1|63896930|tidbits|Si EPC$", f)]
    assert fronts["Connettivo vari tipi si chiameranno — list all 2"].back == "- fibroblasti\n- condroblasti"


def test_a_bold_heading_over_its_formula_and_one_row_of_properties() -> None:
    note = (
        "### **2. Sigmoid**\n$$h(x) = \\frac{1}{1 + e^{-x}}$$\n\n| Zakres | Zaleta | Użycie |\n|--------|--------|--------|\n"
        "| $(0, 1)$ | Wyjście = prawdopodobieństwo | Warstwa **wyjściowa** |\n\n"
        "**Egzamin:** Nie używaj w głębokich warstwach ukrytych – sieć zamarza.\n\n"
        "### Rectangular window\n\nIn this picture, $m$ = 10\n\n| x | 0 | 1 |\n|---|---|---|\n| **P** | 1/2 | 1/2 |\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert cards["Sigmoid"].back.strip("$\n").startswith("h(x)")
    assert cards["Sigmoid — Zakres, Zaleta, Użycie"].back.startswith("- Zakres: $(0, 1)$\n- Zaleta: Wyjście")
    assert cards["Sigmoid — Egzamin"].back.startswith("Nie używaj")
    assert not [front for front in cards if "picture" in front or "x, 0, 1" in front]
    assert _why(extraction)[12].startswith("refers to a picture")


def test_comma_vocabulary_arrow_marked_options_and_tables_with_an_empty_header() -> None:
    bones = "".join(f"* Os {name}, {german}bein (Kopf)\n" for name, german in (
        ("nasale", "Nasen"), ("frontale", "Stirn"), ("temporale", "Schläfen"), ("sacrum", "Kreuz"), ("ilium", "Darm")))
    note = (
        "# Knochen\n" + bones + "\n"
        "## Review\n\n2 Regulations that affect the financial services industry are most likely needed because:\n"
        "A power is equally distributed among industry participants.\nB the same information is available to all.\n"
        "-> C a high number of interconnections exists among industry participants.\n\n"
        "* -> 1 Introduction\n  * -> 2 OBJECTIVES OF REGULATION - Done\n  * -> 3 CONSEQUENCES OF FAILURE - Done\n\n"
        "### mettre (to wear; = porter)\n\n|  |  |\n| --- | --- |\n| je **mets** | nous **mettons** |\n"
        "| tu **mets** | vous **mettez** |\n\n"
        "### Verbes en -ir\n\n|  |  |  |  |  |  |\n| - | - | - | - | - | - |\n"
        "| **dormir** | | to sleep | **mentir** | *\"mortir\"* | to lie |\n| **sentir** | *\"sauntir\"* | to smell | **partir** | | to leave |\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert cards["Os nasale"].back == "Nasenbein (Kopf)" and cards["Os ilium"].back == "Darmbein (Kopf)"
    (question,) = [card for card in extraction.cards if card.kind == "question"]
    assert question.front.startswith("Regulations that affect") and "B. the same information" in question.front
    assert question.back == "C. a high number of interconnections exists among industry participants."
    assert not [front for front in cards if "Introduction" in front or front.startswith("je ")]
    assert "| tu **mets** | vous **mettez** |" in cards["mettre — conjugation"].back
    assert cards["mentir"].back == '*"mortir"* — to lie' and cards["dormir"].back == "to sleep"


def test_statements_named_by_their_kind_and_a_short_proof_under_its_heading() -> None:
    note = (
        "# 13.03.24\n\n### Определение. Ортогональные векторы.\n"
        "Векторы $x$ и $y$ называются ортогональными, если $(x,y)=0$.\n\n"
        "### Лемма.\nЛюбой набор попарно ортогональных ненулевых векторов является ЛНЗ.\n\n"
        "### Доказательство:\nПусть $e_1,...,e_k~-~$ненулевые попарно ортогональные векторы.\n\n"
        "### Примеры:\n$1)$ $V=\\R^n$  $(x,y)=x_1y_1+...+x_ny_n$\n$2)$ $V=C[a;b]$  $(f,g)=\\int_a^bfg$\n\n"
        "## Sepsis\n\n### Definitions\n\nSepsis, put simply, is the body's response to infection.\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert cards["Ортогональные векторы"].back.startswith("Векторы $x$ и $y$")
    assert not [front for front in cards if re.match(r"Лемма|Доказательство|Пусть|\$1\)\$|Sepsis — s$", front)]
    assert "part of a worked example or proof" in _why(extraction)[10]


def test_a_heading_with_an_aside_a_connective_front_an_exam_tag_and_html_bold() -> None:
    note = (
        "# Asthma\n## Grade severity\n#### Nightime symptoms -> esp. waking up at night\n\n"
        "## Ahorro Externo\n\nPor lo tanto,\n\n$$\\text{INIE} = \\text{TNE} = 0$$\n\n"
        "## Etilen\n\n*2024 AYT* Genç fidanlar etilen etkisiyle gövde uzamasını yavaşlatır.\n\n"
        "## Induction\n\n<b>Statement:</b> $\\forall n \\in \\mathbb{Z} \\geq a, P(n)$\n\n"
        "## Personal Comments\n\nScalia's dissent is highly compelling, but seemingly purely impractical.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [f for f in fronts if re.search(r"Nightime|Por lo tanto|2024|<b>|Scalia", f)]
    assert not [f for f in fronts if "{{c1::2024}}" in f]


def test_obsidian_to_anki_notes_are_the_authors_cards_whatever_their_fields_are_called() -> None:
    text = (
        "TARGET DECK: Cybersecurity\n\nSTART\nEinfach (beide Richtungen)\nVorderseite: Was ist SSH?\n"
        "Rückseite: Ein Netzwerkprotokoll für sichere Anmeldung.\nEND\n\n"
        "TARGET DECK: Cybersecurity\nSTART\nBasic\nWhich pipes join commands?\nBack: A pipeline.\n\n"
        "```\nps aux | grep x\n```\nEND\n\n"
        "START\nEinfach\nVorderseite: Welche Arten von Härtung gibt es?\nRückseite:\n* Netzwerkhärtung\n"
        "* Anwendungshärtung\nEND\n\n"
        "START\nCloze\nThe {{c1::TGT}} asks for service tickets.\nTags: kerberos\nEND\n"
    )
    source = load_text(text, Path("note.md"))
    extraction = extract(build_outline(source))
    cards = {card.front: card for card in extraction.cards}
    assert source.meta["deck"] == "Cybersecurity"
    assert set(cards) == {
        "Was ist SSH?",
        "Which pipes join commands?",
        "Welche Arten von Härtung gibt es?",
        "The {{c1::TGT}} asks for service tickets.",
    }
    assert cards["Was ist SSH?"].back == "Ein Netzwerkprotokoll für sichere Anmeldung."
    assert cards["Was ist SSH?"].reverse and not cards["Which pipes join commands?"].reverse
    assert "ps aux | grep x" in cards["Which pipes join commands?"].back
    assert cards["Welche Arten von Härtung gibt es?"].back == "- Netzwerkhärtung\n- Anwendungshärtung"
    assert all(card.kind in ("explicit", "cloze") for card in extraction.cards)
    assert not [s for s in extraction.skipped if "END" in s.reason or "START" in s.reason]


def test_a_start_line_with_no_end_is_no_obsidian_to_anki_note() -> None:
    extraction = _extract("# Race\n\nSTART\nThe runners wait for the gun.\n\nThe **gun** opens the race.\n")
    assert all(card.kind != "explicit" for card in extraction.cards)


def test_two_opposite_aspects_under_a_name_are_not_names_to_recite() -> None:
    cards = _extract(
        "# Neurotransmitters\n\n- Serotonin\n\t- Satiety, peace\n\t- Increased levels\n\t\t- Carcinoid syndrome\n"
        "\t- Decreased levels\n\t\t- Anxiety\n\t\t- Depression\n"
    ).cards
    assert not [card for card in cards if "list all 3" in card.front]
    assert [card.back for card in cards if card.front.startswith("Decreased levels")] == ["- Anxiety\n- Depression"]


def test_aliases_that_list_what_the_note_covers_are_not_its_title() -> None:
    text = "---\naliases:\n  - Acetylcholine\n  - Dopamine\n  - GABA\n---\n- Dopamine\n\t- Drive to get a reward, not its feeling\n"
    cards = extract(build_outline(load_text(text, Path("Neurotransmitters.md")))).cards
    assert [card.context for card in cards] == [("Neurotransmitters",)]


def test_exam_tips_key_concepts_and_review_questions_are_labels_not_terms() -> None:
    extraction = _extract(
        "# Placement Groups\n\n- Placement Group Exam Tips\n\t- Name of a placement group must be unique within an **AWS account**.\n"
        "\t- You **can't merge** placement groups.\n\n"
        "## Concentración\n\n### Conceptos Clave del Guyton\n\n- Las nefronas yuxtamedulares logran la **concentración máxima de la orina**.\n\n"
        "## Preguntas de Repaso\n\n- ¿Qué estructura rodea al sistema tubular?\n- ¿Cómo contribuyen los vasos rectos?\n"
    )
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "Exam Tips" in front or "Conceptos" in front or "Preguntas" in front]
    assert any("{{c1::AWS account}}" in front for front in fronts)
    assert any("{{c1::concentración máxima de la orina}}" in front for front in fronts)
    assert "question without an answer" in _why(extraction)[15]


def test_a_todo_the_author_tagged_is_no_heading_and_no_card() -> None:
    extraction = _extract("# Modeli\n\nPrenosna funkcija: razmerje izhoda in vhoda.\n\n#TODO torkova predavanja : do 3.9\n")
    assert [card.front for card in extraction.cards] == ["Prenosna funkcija"]
    assert "to-do" in _why(extraction)[5]
    assert "course" not in _reasons("# Direcciones\n\n- todo recto: geradeaus\n- a la izquierda: links\n")[3]


def test_slide_ranges_and_example_and_proof_words_of_more_languages_are_not_terms() -> None:
    extraction = _extract(
        "# Virtual memory\n\n#### P13-P20\n\n- each process has its own **page table**\n\n"
        "# Komplex\n\n***Tétel***: $F = \\nabla f \\implies \\int_\\gamma F = f(b) - f(a)$\n\n***Biz***.\n\n- $c_1: [a,b] \\to \\mathbb{R}^2$\n"
    )
    fronts = [card.front for card in extraction.cards]
    assert "P13-P20" not in fronts and "Tétel" not in fronts
    assert not [front for front in fronts if "c_1" in front or "{{c1::Tétel}}" in front]


def test_a_front_set_wholly_in_bold_shows_its_words() -> None:
    cards = _extract("# Filtración\n\n- **Tasa de Filtración Glomerular (TFG):**\n\t- Promedio ≈ 125 ml/min\n\t- Autorregulación renal\n").cards
    assert [card.front for card in cards] == ["Tasa de Filtración Glomerular (TFG)"]


def test_a_long_vocabulary_of_words_and_their_meanings_in_brackets_is_a_card_a_word() -> None:
    words_ = ["Yo (I)", "tú (you)", "ella (she/her)", "su (her/his)", "nosotros (we)", "ustedes (you)", "ellos (they)",
              "nuestro (our)", "estamos (we are)", "aus (out (of) / from)"]
    extraction = _extract("Pronouns:\n" + "".join(f"- {word}\n" for word in words_))
    cards = {card.front: card for card in extraction.cards}
    assert cards["Yo"].back == "I" and cards["estamos"].back == "we are" and len(cards) == 9
    assert all(card.context[-1] == "Pronouns" for card in extraction.cards)
    assert "like the items around it" in _why(extraction)[11]


def test_a_prefix_and_topic_label_keeps_its_topic_in_the_front() -> None:
    fronts = [card.front for card in _extract(
        "- Objects - Apartment:\n  - cama (bed)\n  - nevera (fridge)\n\n- Objects - Learning:\n  - un libro (a book)\n  - un examen (an exam)\n"
    ).cards]
    assert fronts == ["Objects - Apartment — list all 2", "Objects - Learning — list all 2"]


def test_a_definition_list_under_a_heading_defines_its_own_term() -> None:
    cards = _extract("# Supply and demand\n\nMarket Equilibrium\n: Supply meets demand\n\nEquilibrium price\n: Price at which supply meets demand\n").cards
    assert [(card.front, card.back) for card in cards] == [
        ("Market Equilibrium", "Supply meets demand"),
        ("Equilibrium price", "Price at which supply meets demand"),
    ]


def test_short_pairs_a_line_are_no_term_over_the_lines_below() -> None:
    cards = _extract("### Names\n> Starch *amylase*\n> Protein *protease*\n> Lipid *lipase*\n").cards
    assert not [card for card in cards if card.front.startswith("Starch")]


def test_formulas_typed_as_text_are_neither_twins_nor_restatements() -> None:
    cards = _extract(
        "## Notes\n - independent => P(A|B) = P(A), P(A and B) = P(A) * P(B)\n - law of total probability\n"
        "   - p(A) = p(A and B) + p(A and ~B)\n   - where A and B are exhaustive\n - Bayes Theorem\n"
        "   - sometimes easier to get P(B|A)\n   - P(A|B) = (P(A) / P(B)) * P(B|A)\n"
    ).cards
    backs = [card.back for card in cards]
    assert "p(A and B) + p(A and ~B)" in backs and "(P(A) / P(B)) * P(B|A)" in backs


def test_a_table_whose_corner_names_it_says_so_in_the_front() -> None:
    cards = _extract(
        "## Artikel\n\n| Bestimmter Artikel | Nominativ | Akkusativ | Dativ |\n|---|---|---|---|\n"
        "| maskulin | der | den | dem |\n| feminin | die | die | der |\n| neuter | das | das | dem |\n"
    ).cards
    assert [(card.front, card.back.split("\n")[0]) for card in cards] == [
        ("Bestimmter Artikel — Nominativ (maskulin, feminin, neuter)", "- **maskulin:** der"),
        ("Bestimmter Artikel — Akkusativ (maskulin, feminin, neuter)", "- **maskulin:** den"),
        ("Bestimmter Artikel — Dativ (maskulin, feminin, neuter)", "- **maskulin:** dem"),
    ]


def test_two_paradigm_tables_of_the_same_rows_are_both_kept_and_a_column_of_values_is_no_title() -> None:
    table = "| Forma | Singular | Plural |\n|---|---|---|\n| Nominativo | {} | {} |\n| Genitivo | {} | {} |\n"
    cards = _extract(
        "## Primeira declinação\n\n" + table.format("-a", "-ae", "-ae", "-arum")
        + "\n## Segunda declinação\n\n" + table.format("-us", "-i", "-i", "-orum")
        + "\n## Verbos\n\n| ir | estar | ser |\n|---|---|---|\n| voy | estoy | soy |\n| vas | estás | eres |\n"
    ).cards
    backs = [card.back for card in cards if "Plural" in card.front]
    assert backs == ["- **Nominativo:** -ae\n- **Genitivo:** -arum", "- **Nominativo:** -i\n- **Genitivo:** -orum"]
    assert not [card for card in cards if card.front.startswith("ir —")]


def test_a_lowercase_word_under_an_item_says_what_it_qualifies() -> None:
    cards = _extract(
        "## Trávicí soustava\n\n- Trávicí dutina\n  - výhoda: je jednodušší, nepotřebuje distribuovat živiny\n"
        "  - nevýhoda: potrava je přijmuta, musí se zpracovat\n"
    ).cards
    assert [card.front for card in cards if card.kind == "definition"] == ["Trávicí dutina — výhoda", "Trávicí dutina — nevýhoda"]


def test_a_label_over_a_few_words_ends_where_a_group_of_its_own_begins() -> None:
    cards = _extract(
        "Health:\n- mal (unwell)\n- enfermo (sick)\n\n- Days\n  - sabado (saturday)\n  - viernes (friday)\n"
    ).cards
    assert {card.front: card.context for card in cards}["Days — list all 2"] == ()


def test_a_sentence_cut_at_its_colon_and_a_matrix_of_an_examples_numbers_make_no_card() -> None:
    extraction = _extract(
        "## Dilatation\n\nL'avant dernière ligne est : (1 1 0 0 0 0 0)\n\nNotre matrice finale sera donc\n\n"
        "$$\n\\left(\\begin{array}{cc}\n1&1&1\\\\\n0&1&1\\\\\n\\end{array}\\right)\n$$\n\n"
        "Deflation due to rising AS: profit margins rise in the short run.\n"
    )
    assert not [card for card in extraction.cards if "Notre" in card.front or "ligne" in card.front]
    assert "cut at its colon" in _why(extraction)[3]
    assert "cut at its colon" not in _why(extraction).get(14, "")  # ``AS``: aggregate supply, not the word *as*


def test_a_cloze_never_starts_at_a_colon() -> None:
    assert not [front for front in _clozes("## Rows\n\nThe second row is : (1 1 0 0 0 0 0)\n") if "{{c1::" + ":" in front]


def test_an_exercise_an_aside_a_list_cut_before_its_last_item_and_latex_commands_make_no_card() -> None:
    extraction = _extract(
        "## Offerta\n\nEsercizio: La curva della domanda è q=50-p/2\n\n## Keys\n\n- Aside: Types of scale\n\n"
        "## Excreción\n\n- Excreción de **Urea, creatinina, ácidos** y bases.\n\n"
        "## Médula\n\n\\[ \\text{urea} \\uparrow \\Rightarrow \\text{osmolaridad} \\]\n"
    )
    fronts = [card.front for card in extraction.cards]
    assert "Esercizio" not in fronts and "Aside" not in fronts
    assert not [front for front in fronts if "{{c1::Rightarrow}}" in front or "ácidos}} y bases" in front]
    assert "exercise" in _why(extraction)[3]
    assert _extract("## Poder\n\n- Exercício: por meio de representantes eleitos ou diretamente.\n").cards


def test_obsidian_to_anki_notes_hidden_in_a_comment_with_short_clozes_and_a_reference() -> None:
    text = (
        "---\nTARGET DECK: Obsidian::STEM\n---\n## Overview\n\n%%ANKI\nBasic\nWhat is calculus the study of?\n"
        "Back: Continuous change.\nReference: Apostol, Calculus, Vol. 1.\n<!--ID: 1761422321481-->\nEND%%\n\n"
        "%%ANKI\nCloze\n{1:Integral} calculus is to the {2:integral}.\nReference: Apostol.\nEND%%\n"
    )
    source = load_text(text, Path("note.md"))
    cards = extract(build_outline(source)).cards
    assert source.meta["deck"] == "Obsidian::STEM"
    assert [(card.kind, card.front, card.back, card.extra) for card in cards] == [
        ("explicit", "What is calculus the study of?", "Continuous change.", "Apostol, Calculus, Vol. 1."),
        ("cloze", "{{c1::Integral}} calculus is to the {{c2::integral}}.", "", ""),
    ]


def test_page_references_part_numbers_prompts_advice_and_a_bare_why_make_no_card() -> None:
    extraction = _extract(
        "# 21. SPANNING TREE PROTOCOL (STP) : PART 2\n\n## Categories\n\n- Four truths: chapters 2–5\n- Karma: pg. 30–34\n\n"
        "## PortFast\n\n💡 SW1(config)# spanning-tree portfast default\n\n💡 Make sure you know **PORTFAST** and **BPDU GUARD**.\n\n"
        "WHY?\nBecause we changed only VLAN 1.\n\n//## 1.6 Préférences révélées\n"
    )
    assert extraction.cards == []
    why = _why(extraction)
    assert "where to read" in why[5] and "where to read" in why[6]
    assert "the author's own remark" in why[12]
    assert "does not say what it asks" in why[14]


def test_a_glossary_tables_first_header_names_the_kind_of_each_term() -> None:
    cards = _extract(
        "## Misc\n\n| Delay Type | Definition |\n| --- | --- |\n| transmission | time to put data onto wire |\n"
        "| queueing | time of data in queue after arrival |\n\n| Term | Definition |\n| --- | --- |\n| jitter | variation in delay |\n"
    ).cards
    assert [card.front for card in cards] == ["Delay Type: transmission", "Delay Type: queueing", "jitter"]


def test_a_hidden_terms_gloss_is_hidden_with_it() -> None:
    cards = _extract("## 群\n\n$G$が群とする。$1_G$を$G$の **単位元** （unit element）と呼ぶ。\n").cards
    fronts = [card.front for card in cards]
    assert any("{{c1::**単位元** （unit element）}}" in front for front in fronts)


def test_summaries_course_titles_where_to_look_and_a_title_over_labelled_statements_make_no_card() -> None:
    extraction = _extract(
        "# Notizen\n\nNotizen zur Vorlesung [Grundkurs VWL](https://example.org/v/1) an der **Universität Hamburg**.\n\n"
        "## 雜項\n\n- 整理\n  - 可對手臂做內收、內旋的肌肉\n  - 必接在 intertubercular sulcus\n\n"
        "## Basic Buddhist Categories\n\nPlaces to look in *Walpola Rahula* [What the Buddha Taught](https://example.org/b)\n\n"
        "## 群と部分群\n\n__定義__ $G$を空でない集合とする。演算は以下を満たすとする。\n"
    )
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "Universität" in front or front.startswith(("整理", "群と部分群", "Basic Buddhist"))]
    assert not [front for front in fronts if "Walpola" in front]


def test_a_rule_typed_as_a_heading_is_no_crumb_and_a_swedish_ending_is_no_separator() -> None:
    extraction = _extract(
        "# Industrialismen\n\n# ======\n\nStartade på 1750-talet i **Storbritannien**.\n\n"
        "*I*:s barndom flyttade många från landet till städerna.\n"
    )
    assert [card.context for card in extraction.cards] == [()]
    assert not [card for card in extraction.cards if card.kind == "definition"]


def test_a_syllabus_answered_further_on_and_a_name_spelled_out_make_no_card() -> None:
    extraction = _extract(
        "- Relace\n\t- pojem relace, arita relace, zápis relací\n\t- operace s binárními relacemi, binární relace a jejich reprezentace\n"
        "\t- binární relace na množině a jejich vlastnosti, relace ekvivalence\n- Grafy\n\t- stromy\n\n"
        "# Mé vypracování\n\n## pojem relace, arita relace, zápis relací\n\nRelace je **podmnožina** kartézského součinu.\n\n"
        "## operace s binárními relacemi, binární relace a jejich reprezentace\n\nSložení relací je **asociativní**.\n\n"
        "## binární relace na množině a jejich vlastnosti, relace ekvivalence\n\nEkvivalence je **reflexivní**.\n\n"
        "## Buchstabieren\n\n- Albert Einstein\n  - A-L-B-E-R-T\n  - E-I-N-S-T-E-I-N\n"
    )
    fronts = [card.front for card in extraction.cards]
    assert "Relace" not in fronts and not [front for front in fronts if "Einstein" in front]
    assert "outline of what the note covers" in _why(extraction)[1]


def test_a_learners_sentences_about_themselves_are_no_facts_to_hide() -> None:
    clozes = _clozes(
        "## Sich Vorstellen\n\nİch wohne in **Große Straße**.\n\nMein Geburtstag ist am 16. November.\n\n"
        "Die Hauptstadt von Deutschland ist **Berlin**.\n"
    )
    assert clozes == ["Die Hauptstadt von Deutschland ist {{c1::Berlin}}."]


def test_the_steps_of_a_sequence_and_an_edge_of_a_graph_are_read_whole() -> None:
    cards = {card.front: card.back for card in _extract(
        "## 자원\n\n- 프로세스가 자원을 사용하는 절차\n  - request (요청) - allocate (할당) - use (사용) - release (배출)\n\n"
        "## Graph\n\nProcess -> Resource: a request not yet granted\nResource -> Process: an allocation already made\n"
    ).cards}
    assert cards["프로세스가 자원을 사용하는 절차"] == "request (요청) - allocate (할당) - use (사용) - release (배출)"
    assert cards["Process -> Resource"] == "a request not yet granted"


def test_a_vocabulary_table_under_word_and_meaning_headers_is_asked_row_by_row() -> None:
    extraction = _extract(
        "### Freundliche Begrüßung\n\n| Kelime | Anlamı |\n| --- | --- |\n| Hallo! | Merhaba! |\n| Grüß dich! | Selam |\n"
        "| Bis bald! | Yakında görüşürüz! |\n\n## Calculation\n\n- Add: Net Income\n- Less: Dividends\n\n"
        "## Deadlock\n\n- 위 그림에서 점선: 요청 간선\n"
    )
    cards = {card.front: card.back for card in extraction.cards}
    assert cards == {"Hallo!": "Merhaba!", "Grüß dich!": "Selam", "Bis bald!": "Yakında görüşürüz!"}
    assert "a step of a calculation" in _why(extraction)[11]


def test_a_formula_sheet_section_asks_for_all_its_formulas_each_with_its_legend_on_cards_of_its_own() -> None:
    cards = _extract(
        "## Moto Rettilineo Uniforme\n$$s = s_0 + v \\, t$$\n\n- **$s$** = spostamento $[m]$\n- **$v$** = velocità $[m/s]$\n\n"
        "$$v = \\frac{\\Delta s}{\\Delta t}$$\n\n- **$\\Delta t$** = intervallo di tempo $[s]$\n\n$$t = \\frac{\\Delta s}{v}$$\n"
    ).cards
    sheet = [card for card in cards if card.front == "Moto Rettilineo Uniforme"]
    assert len(sheet) == 1 and sheet[0].back.count("$$") == 6
    assert {"$s$", "$v$", "$\\Delta t$"} <= {card.front for card in cards}


def test_a_lazily_compiled_pattern_matches_as_the_compiled_one_does() -> None:
    from notedeck.text import lazy

    pattern = lazy(r"(?P<word>[A-Z]\w+) (?:is|are)", re.IGNORECASE)
    text = "Lambda is serverless; queues ARE durable"
    assert pattern.pattern == re.compile(r"(?P<word>[A-Z]\w+) (?:is|are)", re.IGNORECASE).pattern
    assert [m.group("word") for m in pattern.finditer(text)] == ["Lambda", "queues"]
    assert pattern.sub("X", text) == "X serverless; X durable"


def test_a_sentence_that_starts_on_its_verb_needs_the_one_before() -> None:
    extraction = _extract(
        "## Notes\n\nKarma is **volitional action**.\n\nnot to be confused with \"**moral justice**\" or \"**reward and punishment**\"\n"
    )
    assert not [card for card in extraction.cards if "moral justice" in card.front]
    assert "needs the sentence before it" in _why(extraction)[5]


def test_rows_of_pipes_markdown_reads_as_text_are_a_word_list_or_are_reported() -> None:
    extraction = _extract(
        "## Amplificadores\n\n| un poco | ein bisschen |\n| bastante | ziemlich |\n| mucho | sehr |\n\n"
        "## Noun\n\n|        |   Sg.   |||||   Pl.   |||||\n\n| Endings | N | G |\n| --- | --- | --- |\n| -η | η | ης |\n"
    )
    cards = {card.front: card.back for card in extraction.cards if card.kind == "definition"}
    assert cards == {"un poco": "ein bisschen", "bastante": "ziemlich", "mucho": "sehr"}
    assert "Markdown cannot read" in _why(extraction)[9]


def test_a_hidden_list_never_stops_before_its_last_item_or_inside_one() -> None:
    clozes = _clozes(
        "## Sitokinin\n1. Kök ucunda sentezlenir ve ksilemle meristem dokulara, tohumlara, yapraklara ve meyvelere taşınır.\n"
        "2. Hücre bölünmesini uyarır.\n3. Yaprakların yaşlanmasını geciktirir.\n\n"
        "#### Sleutelprocessen\nDe **sterktes** van een onderneming zijn de zaken waarmee ze zich onderscheiden. "
        "Bijv. kritische succesfactoren, kerncompetenties, technologische capaciteiten, merk, R&D, ...\n"
    )
    assert not [front for front in clozes if "yapraklara}}" in front]


def test_a_change_and_its_name_is_one_card_each_and_no_list_of_changes() -> None:
    cards = _extract(
        "## Mudança de estado físico\n- solido -> liquido = Fusão\n- liquido -> gasoso = vaporização\n"
        "- gasoso -> liquido = liquefação\n"
    ).cards
    assert [(card.kind, card.front, card.back) for card in cards] == [
        ("definition", "solido -> liquido", "Fusão"),
        ("definition", "liquido -> gasoso", "vaporização"),
        ("definition", "gasoso -> liquido", "liquefação"),
    ]


def test_lettered_options_with_the_right_one_marked_make_a_question_and_unmarked_ones_none() -> None:
    extraction = _extract(
        "## Questions\n\n1. Basalt is an example of a:\n\ta. Mafic rock\n\tb. Felsic rock\n\n"
        "## Answers\n\n1. Basalt is an example of a:\n\n\t\\hl{a. Mafic rock}\n\tb. Felsic rock\n"
        "2. A porphyritic rock has cooled\n\ta. slowly\n\n\t**b. slowly, then rapidly**\n"
    )
    assert [(card.kind, card.front, card.back) for card in extraction.cards] == [
        ("question", "Basalt is an example of a:\n\na. Mafic rock\nb. Felsic rock", "a. Mafic rock"),
        ("question", "A porphyritic rock has cooled\n\na. slowly\nb. slowly, then rapidly", "b. slowly, then rapidly"),
    ]
    assert "no answer marked" in _why(extraction)[3]


def test_a_jekyll_box_over_several_lines_is_read_as_its_text() -> None:
    clozes = _clozes(
        "# Polynomial rings\n\nFix $F[x]$ a field for this section.\n\n"
        '{% include tooltip.html text="Definition ?" content="\n'
        "$a(x)\\in F[x]$ is **irreducible** if $\\deg(a(x))>0$ and if whenever $a(x)=b(x)c(x)$ then $b(x)$ or $c(x)$ is a unit.\n"
        '" %}\n\n{% include tooltip.html text="Theorem 4.14" content="\nEvery non-constant polynomial is a product of irreducibles.\n" %}\n'
    )
    assert clozes and not [front for front in clozes if "{%" in front or "%}" in front]


def test_a_line_of_numbers_and_a_section_of_image_credits_make_no_card() -> None:
    extraction = _extract(
        "# Inglês\n\n## Aulas revisadas\n\n~~01~~ - ~~02~~ - 03 - 04 - 05 - 06 - ~~16~~ - 17 - 18\n\n"
        "## Ilustrações\n\n**PIXABAY**\nDisponível em: <https://pixabay.com/pt/illustrations/union-jack/>\nAcesso em: 16 ago. 2024.\n"
    )
    assert extraction.cards == []
    assert set(_why(extraction)) >= {5, 7}


def test_an_exam_task_in_the_formal_imperative_hides_nothing() -> None:
    extraction = _extract(
        "# Klimageographie\n\n## Fragen WS 16/17\n\nZählen Sie 3 makroskaligen Windsysteme auf.\n\n"
        "Ergänzen Sie folgende Tabelle.\n\nDer Passat weht in Bodennähe aus Nordosten.\n"
    )
    assert not [card for card in extraction.cards if "Sie" in card.front]
    assert "a task the note sets" in _why(extraction)[5]


def test_a_word_of_an_alphabetical_glossary_is_its_own_front() -> None:
    cards = _extract(
        "# Inglês\n\n## Vocabulário\n\n### B\n\n**babble** = balbucio\n**background** = conjunto das condições\n**busy** = ocupado\n"
    ).cards
    assert [card.front for card in cards] == ["babble", "background", "busy"]


def test_attribute_labels_in_korean_and_chinese_come_with_their_parent() -> None:
    cards = _extract(
        "## 명령어 집합 구조\n\n### CISC\n- 정의\n    - 복잡하고 다양한 명령어를 포함하는 컴퓨터 아키텍처\n- 장점\n    - 코드의 밀도가 높아질 수 있음\n"
        "### RISC\n- 정의\n    - 단순하고 고속의 명령어 집합을 사용하는 컴퓨터 아키텍처\n- 장점\n    - 파이프라이닝을 효과적으로 구현할 수 있음\n"
    ).cards
    assert [card.front for card in cards] == ["CISC — 정의", "CISC — 장점", "RISC — 정의", "RISC — 장점"]


def test_a_figure_caption_is_read_as_text_not_hidden_inside_the_image() -> None:
    clozes = _clozes(
        "# Campioni a mano (sedimentarie)\n\n"
        '![Argilla marnosa: reazione con HCl resta fango argilloso. Colpita con il martello suona come "toc-toc".]'
        "(lab/argilla_marnosa.jpg)\n\n"
        "![Calcare marnoso: reazione con HCl resta poco residuo fangoso. Dà frattura concoide ed è dura.](lab/calcare.jpg)\n"
    )
    assert clozes and not [front for front in clozes if "![" in front or "](" in front]


def test_a_phrase_broken_over_two_lines_is_not_a_term_and_its_definition() -> None:
    cards = _extract(
        "# Electrolysis\n\n## Process\n\nBreakdown using electricity \\\nof molten/aqueous ionic compound (electrolyte)\n\n"
        "Oxidation happens\nat the anode, where the anions lose electrons.\n"
    ).cards
    assert not [card for card in cards if card.front in ("Breakdown using electricity", "Oxidation happens")]


def test_a_heading_over_entries_of_a_name_and_its_lines_is_a_title_and_each_entry_a_card() -> None:
    cards = _extract(
        "Правление\n--\nБумынь каган\n552-553 гг.\nОснователь Тюркского гос-ва\n\n"
        "Мукан-каган\n553-572\nУкрепление ТК(тюркского каганата)\n"
    ).cards
    assert [(card.front, card.back) for card in cards] == [
        ("Бумынь каган", "- 552-553 гг.\n- Основатель Тюркского гос-ва"),
        ("Мукан-каган", "- 553-572\n- Укрепление ТК(тюркского каганата)"),
    ]


def test_a_statement_that_opens_with_let_is_answered_by_all_of_it() -> None:
    cards = _extract(
        "# Rings\n\n### Cartesian product of rings\nLet $R$ and $S$ be rings. Define addition and multiplication on the Cartesian\n"
        "product $R\\times S$ by:\n\n$(r,s)+(r',s')=(r+r',s+s')$ and $(r,s)(r',s')=(rr',ss')$\n\n"
        "### Dilatation\n\nSoit un élément structurant (1,1,1)\n"
    ).cards
    assert [card.front for card in cards] == ["Cartesian product of rings"]
    assert cards[0].back.endswith("$(r,s)(r',s')=(rr',ss')$")


def test_a_child_too_thin_for_a_card_of_its_own_stays_in_its_parents_answer() -> None:
    cards = _extract(
        "## Obstruents\n- Stops (plosives): airflow is blocked\n    - unvoiced: [p,k,t],\n    - voiced: [b,g,d]\n"
        "- Fricatives: narrow gap for air to pass through\n    - unvoiced: [f,s,th,sh],\n    - voiced: [v,z]\n"
    ).cards
    assert [(card.front, card.back) for card in cards if card.kind == "definition"] == [
        ("Stops (plosives)", "airflow is blocked\n\n- unvoiced: [p,k,t],\n- voiced: [b,g,d]"),
        ("Fricatives", "narrow gap for air to pass through\n\n- unvoiced: [f,s,th,sh],\n- voiced: [v,z]"),
    ]


def test_two_conditions_that_differ_only_by_their_relation_are_two_terms() -> None:
    cards = _extract(
        "## Income elasticity\n- $e_i > 0$: normal goods, demand rises with income\n"
        "- $e_i < 0$: inferior goods, demand falls as income rises\n"
    ).cards
    assert [card.front for card in cards] == ["$e_i > 0$", "$e_i < 0$"]


def test_an_example_line_is_no_term_and_consists_of_carries_its_parent() -> None:
    cards = _extract(
        "## Syllables\n- Consists of: onset, nucleus, coda\n- Rhyme: nucleus and coda together\n\n"
        "### Vowel Reduction\n- Unstressed vowels are reduced to /ǝ/\n- e.g canada -> can-eh-da\n- e.g department -> duh partment\n"
    ).cards
    fronts = [card.front for card in cards]
    assert "Syllables — Consists of" in fronts
    assert not [front for front in fronts if front.startswith("e.g")]


def test_a_bold_question_label_and_a_bold_summary_are_no_part_of_the_question() -> None:
    cards = _extract(
        "### Asked in lectures\n\n**Question:**What is common to life?\n\n> DNA, Protein, RNA\n\n"
        "**Question: **Are viruses life?\n\n> Strictly speaking no: on their own they cannot replicate.\n\n"
        "## Fragenkatalog\n\n<details><summary><b>Was ist die Knotenregel?</b></summary>\nSumme aller Ströme in einem Knoten = 0</details>\n"
    ).cards
    assert [card.front for card in cards] == ["What is common to life?", "Are viruses life?", "Was ist die Knotenregel?"]


def test_a_mkdocs_box_is_read_as_its_text_under_its_title() -> None:
    cards = _extract(
        "# Lexique\n\n!!! note\n    Il existe une chromatographie qui utilise des anticorps.\n\n"
        '!!! info "Tranchée"\n\n    Fossé creusé dans le sol destiné à abriter les combattants\n\n'
        '!!! info "Armistice"\n\n    Accord signé entre les pays vaincus et les pays vainqueurs pour cesser les combats\n'
    ).cards
    assert {card.front: card.back for card in cards}["Tranchée"] == "Fossé creusé dans le sol destiné à abriter les combattants"
    assert "Armistice" in [card.front for card in cards]
    assert not [card for card in cards if "!!!" in card.front + card.back]


def test_a_vocabulary_after_an_opening_sentence_is_one_card_a_word() -> None:
    words = ["ぽん", "すたすた", "のろのろ", "ぱかぱか", "ぴょんぴょん", "がらがら", "ばたん", "ぱらぱら", "じっくり"]
    listed = "".join(f"- `{word}` *w{index}* (sonido número {index} de la lista)\n" for index, word in enumerate(words))
    cards = _extract(
        "## Onomatopeyas\nEl japonés es un idioma con muchas onomatopeyas, desde los ruidos de los animales.\n" + listed
    ).cards
    glossed = [card for card in cards if card.source.line >= 3]
    assert [(card.kind, card.back) for card in glossed][:2] == [
        ("definition", "sonido número 0 de la lista"),
        ("definition", "sonido número 1 de la lista"),
    ]
    assert len(glossed) == len(words)


def test_a_word_in_code_with_its_reading_and_meaning_is_a_definition_not_a_cloze_on_the_kana() -> None:
    cards = _extract(
        "## Vocabulario\n- `ください` *kudasai* (pedirle a alguien que haga algo)\n- `試験` *shiken* (exámen o pruebas)\n"
        "- `ギリギリ` `ぎりぎり` *girigiri* (apenas nos alcanza el tiempo)\n"
    ).cards
    assert [(card.kind, card.front, card.back) for card in cards] == [
        ("definition", "`ください` *kudasai*", "pedirle a alguien que haga algo"),
        ("definition", "`試験` *shiken*", "exámen o pruebas"),
        ("definition", "`ギリギリ` `ぎりぎり` *girigiri*", "apenas nos alcanza el tiempo"),
    ]


def test_what_the_class_does_today_and_a_list_ending_on_a_little_word_hide_nothing() -> None:
    extraction = _extract(
        "## Aula 07\n\n- Hoje, vamos estudar **\"O Assunto dos assuntos\"** na matéria de Álgebra Linear.\n"
        "- Os estafilococos são geralmente maiores, convexas, de coloração variando do branco ao amarelo.\n"
        "- Dimensão de um espaço vetorial é o número de vetores de uma base.\n"
    )
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "Hoje" in front or "convexas, de}}" in front]
    assert "the author's own remark" in _why(extraction)[3]


def test_a_reminder_label_and_a_topic_heading_are_no_terms() -> None:
    cards = _extract(
        "# Lexical Analysis\n\n## NFA to DFA\n\n**Reminder**: The closure of a state is the set of states reachable from it.\n\n"
        "### Temat: Kampania wrześniowa\n\nPolska broniła się przed agresją Niemiec i ZSRR przez ponad miesiąc.\n"
    ).cards
    fronts = [card.front for card in cards]
    assert "Reminder" not in fronts and "Temat" not in fronts
    assert len(cards) == 2


def test_a_colon_inside_a_serotype_or_a_ratio_is_no_separator() -> None:
    cards = _extract(
        "## Sorologia\n- Soro Anti E. coli O 157 (EHEC)\n    - utilizar o soro para O157:H7\n- Dihybrid cross: ratio 9:3:3:1\n"
    ).cards
    assert not [card for card in cards if card.front.endswith("O157") or card.back == "H7"]


def test_a_two_column_table_of_one_short_row_compares_its_two_headers() -> None:
    cards = _extract("## Molten electrolytes\n\n| Anode | Cathode |\n| --- | --- |\n| Anion (non-metal) | Cation (metal) |\n").cards
    assert [(card.kind, card.front) for card in cards] == [("comparison", "Anode vs Cathode")]


def test_a_heading_typed_twice_and_a_page_range_line_are_read_for_what_they_are() -> None:
    extraction = _extract(
        "# Księga Hioba\n\n## ## Wyjaśnienia pojęć\n\n- **Teodycea**: próba wyjaśnienia, dlaczego istnieje zło\n\n"
        "## ANVISA\n\n> P. 44 A 50 POSSUEM TABELAS COM OS DADOS DE DIFERENCIAÇÃO PRA CADA ENTEROBACTERIA\n"
    )
    assert not [card for card in extraction.cards if "#" in card.front or "TABELAS" in card.front]
    assert any(card.context[-1:] == ("Wyjaśnienia pojęć",) for card in extraction.cards)


def test_a_hidden_list_never_ends_on_half_of_its_last_item() -> None:
    clozes = _clozes(
        "## Austrálie\n\nAustrálie je nejmenší kontinent a leží celá na jižní polokouli.\n\n"
        "Jsou zde také podstatná naleziště surovin, uhlí, ropy, zemního plynu.\n"
    )
    assert not [front for front in clozes if "zemního}}" in front]


def test_highlights_in_the_answer_to_a_question_are_no_clozes_of_their_own() -> None:
    cards = _extract(
        "## Wirtschaftlichkeit\n\nWas ist das Kennzeichen für eine gute Wirtschaftlichkeit?\n\n"
        "Wenn ein Unternehmen einen Faktor ==(>1)== realisiert, ist das Wirtschaftlichkeitsprinzip gewahrt.\n\n"
        "Bei einem Faktor ==(1)== wären die Kosten exakt gedeckt.\n\n"
        "## Scrum\n\nEin Sprint dauert meist ==zwei Wochen== und endet mit einem Review.\n"
    ).cards
    assert [card.kind for card in cards] == ["question", "cloze"]
    assert "zwei Wochen" in cards[1].front


def test_the_two_ends_of_a_range_are_hidden_together() -> None:
    clozes = _clozes(
        "## Nový Zéland\n\nVíme, že ostrov byl osídlen z Polynésie v 10. až 14. století.\n\n"
        "## Common Base\n\nPractical values of α in commercial transistors range from 0.1 to 0.99.\n"
    )
    assert any("{{c1::10. až 14}}" in front for front in clozes)
    assert any("{{c1::0.1 to 0.99}}" in front for front in clozes)


def test_a_sentence_goes_on_after_cca_mt_and_an_initial_after_a_dash() -> None:
    from notedeck.extract.prose import _sentences

    assert _sentences("S Oceánií pak má cca. 8,9 milionů km². Její nejvyšší bod je Mt. Kosciusko.") == [
        "S Oceánií pak má cca. 8,9 milionů km².",
        "Její nejvyšší bod je Mt. Kosciusko.",
    ]
    assert len(_sentences("Antarktida prozkoumána letecky - L. Elsworth, H. Wilkins, E. Byrd.")) == 1


def test_one_item_of_a_long_list_is_not_hidden_alone() -> None:
    clozes = _clozes(
        "## Austrálie\n\nŽijí zde vačnatci.\n\n"
        "- kakadu, holub wonga, Amada Gouldové, medosavky, neofémy, papoušci, emu, kasuár\n"
    )
    assert not [front for front in clozes if "{{c1::Amada Gouldové}}" in front]


def test_a_sentence_with_a_gap_to_fill_in_is_an_exercise_and_bold_underscores_are_not_gaps() -> None:
    extraction = _extract(
        "## Adjektive mit Präpositional-Ergänzung\n\nDie Kinder sind von ihren Eltern abhängig.\n\n---\n\n"
        "1. Alte Menschen sind reich __ Erfahrungen.\n1. Viele Menschen sind heute besorgt __ ihr__ Arbeitsplatz.\n"
        "1. Ihr Freund ist __ Drogen abhängig.\n\n"
        "## Begriffe\n\nDer __Dativ__ steht nach der Präposition mit, seit 1900 auch nach trotz.\n"
    )
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "Erfahrungen" in front or "Arbeitsplatz" in front]
    assert "a gap to fill in" in _why(extraction)[7]


def test_a_list_with_no_and_is_hidden_only_where_it_ends_the_clause() -> None:
    clozes = _clozes(
        "## Oceánie\n\nPro celou Oceánii je typické tropické zemědělství, banány, ananasy, kokosy a kaučukovník.\n\n"
        "Afriku chránily pouště, hory, horké a vlhké klima.\n\n"
        "## Wirtschaft\n\nKeine oder nur geringe Verbesserung bei Löhnen, Gehältern, Lebensstandard (vgl. 1950).\n"
    )
    assert not [front for front in clozes if "horké}}" in front or "{{c1::zemědělství" in front]


def test_a_list_of_obsidian_links_to_the_notes_own_headings_is_its_table_of_contents() -> None:
    extraction = _extract(
        "# Inhaltsverzeichnis:\n\n1. [[#Merkmale eines Projekts]]\n2. [[#SMART-Prinzip]]\n"
        "3. [[#Projektphasen am Beispiel des Wasserfallmodells & Scrum definieren können]] #notready\n\n"
        "## SMART-Prinzip\n\nZiele sollen spezifisch, messbar, attraktiv, realistisch und terminiert sein.\n"
    )
    assert not [card for card in extraction.cards if card.source.line <= 5]
    assert "a table of contents" in _why(extraction)[3]


def test_a_numbered_question_answered_by_the_paragraph_under_it_is_a_question() -> None:
    cards = _extract(
        "## Cuestionario\n\n1. Escriba un ejemplo de una idea *adventicia*\n\nEl fuego quema.\n\n"
        "2. ¿Qué dice la regla del análisis?\n\nDividir cada dificultad en tantas partes como sea posible.\n"
    ).cards
    assert [(card.kind, card.front, card.back) for card in cards] == [
        ("question", "Escriba un ejemplo de una idea *adventicia*", "El fuego quema."),
        ("question", "¿Qué dice la regla del análisis?", "Dividir cada dificultad en tantas partes como sea posible."),
    ]


def test_a_sentence_that_introduces_a_quotation_is_no_term() -> None:
    cards = _extract(
        "## Wilhelm Leibniz\n\nAl planteamiento de Locke que dice: \"Nada hay en el entendimiento que no haya estado "
        "primero en el sentido\" Leibniz agregó: \"Excepto el entendimiento mismo\".\n"
    ).cards
    assert not [card for card in cards if card.front.endswith("que dice")]


def test_a_row_of_short_labels_and_values_is_no_term_and_its_definition() -> None:
    cards = _extract(
        "## SMART-Prinzip\n\n**Beispiel**:\nAn allen Druckern werden im Monat die Toner geprüft.\n\n"
        "S: ja      M: ja      A: ja      R: ja     T: ja\n"
    ).cards
    assert not [card for card in cards if card.front.endswith("— S") or card.front == "S"]


def test_an_example_opened_in_another_language_is_a_worked_example_but_numpy_is_not() -> None:
    reasons = _reasons(
        "## Pamięć krótkotrwała\n\nPojemność pamięci krótkotrwałej wynosi 7 ± 2 elementy według Millera.\n\n"
        "Czyli np. jeśli ktoś nam powie listę 10 nazwisk, to najłatwiej będzie zapamiętać pierwsze i ostatnie.\n\n"
        "## NumPy\n\n`np.arange` permette di costruire un array i cui valori vanno di dieci in dieci.\n"
    )
    assert "worked example" in reasons[5]
    assert "worked example" not in reasons.get(9, "")


def test_a_bold_part_label_before_its_colon_is_never_what_a_cloze_hides() -> None:
    from notedeck.extract.facts import _worth

    text = "**Case study:** _The Battle of San Romano_ by Paolo Uccello."
    start = text.index("Case study")
    assert not _worth(text, start, start + len("Case study"), set())
    start = text.index("Paolo Uccello")
    assert _worth(text, start, start + len("Paolo Uccello"), set())


def test_a_word_list_lined_up_in_a_plain_code_block_is_a_card_a_word() -> None:
    note = (
        "## short words\n\n```\ne             and\nprego         you are welcome\nbene          good\n"
        "oggi          today\nper esempio   for example\nnon\n"
        "avere    ho  hai  ha  abbiamo    avete   hanno\n```\n\n"
        "## code\n\n```python\nx  =  1\nfoo   bar\nbaz   qux\nspam  eggs\nham   jam\nabc   def\n```\n"
    )
    extraction = _extract(note)
    pairs = {(card.front, card.back) for card in extraction.cards}
    assert ("prego", "you are welcome") in pairs
    assert ("per esempio", "for example") in pairs
    assert not [card for card in extraction.cards if card.source.line > 12]  # a block in a named language is code
    reasons = _why(extraction)
    assert "not a word and its meaning" in reasons[9]  # ``non``: nothing beside it
    assert "not a word and its meaning" in reasons[10]  # a row of a conjugation
    assert "code" in reasons[15]


def test_a_heading_typed_into_a_list_item_without_its_space_is_a_heading_not_a_list() -> None:
    note = (
        "1. ###Heart\n\n    1. ####Structure\n\n        1. The heart is an organ that pumps blood around the body\n"
        "        2. The heart has four main chambers: the left & right atria & ventricles\n"
        "    2. ####Action\n\n        1. Blood enters the atria of the heart\n"
        "        2. The ventricles contract, forcing blood out of the heart\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration"]  # ``Heart — list all 2``: a table of contents
    assert not [card for card in cards if "#" in card.front or any("#" in crumb for crumb in card.context)]
    assert any(card.context[-2:] == ("Heart", "Structure") for card in cards)


def test_the_steps_of_a_flow_drawn_with_long_arrows_are_no_term_and_meaning() -> None:
    cards = _extract("## PKI\n\n公鑰 --> 名字 --> 效期\n\nst --> kelime başında \"şt\" olarak okunur --> stunde (Saat)\n").cards
    assert not [card for card in cards if card.front == "公鑰"]
    assert [card for card in cards if card.front == "st"]  # a long middle step: a term, its meaning and an example


def test_a_diagram_in_a_site_shortcode_is_code_not_terms() -> None:
    note = (
        "## Organizzazione politica\n\n{% mermaid() %}\nflowchart TB\n\tA(Imperatore) --> B(Amministrazione)\n"
        "  B --> B1(Conte Palatino) --> B11(Giustizia)\n  C --> C3(Ducati)\n  D1 --> D12(Ecclesiastico)\n{% end %}\n"
    )
    extraction = _extract(note)
    assert extraction.cards == []
    assert "code" in _why(extraction)[3]


def test_circa_and_an_escaped_stop_end_no_sentence() -> None:
    from notedeck.extract.prose import _sentences

    assert _sentences("c\\. 1600–1450 shaft graves") == ["c\\. 1600–1450 shaft graves"]
    assert _sentences("Built c. 1250 by the king. It fell.") == ["Built c. 1250 by the king.", "It fell."]
    assert _sentences("Teplotní rekord 58 ˚C. Místními větry jsou scirocco.") == [
        "Teplotní rekord 58 ˚C.",
        "Místními větry jsou scirocco.",
    ]  # a unit's capital C still ends its sentence


def test_where_the_book_says_it_and_what_the_course_promises_are_no_facts() -> None:
    note = (
        "# Ethiek\n\nPagina 134-172 van boek van Papinau en Ethiek Geerlings PDF\n\n"
        "Studenten hebben kennis van de manier waarop Plato en Aristoteles ethiek en moraal zagen\n\n"
        "Corrisponde a capitolo 1 e 2 dell'Unità 22\n\n"
        "Many of these notes were taken from *Ancient Greece* by Thomas R. Martin.\n\n"
        "Public Key Infrastructure\npage.181\n\nThe Academy was founded by Plato in Athens.\n"
    )
    assert [card.source.line for card in _extract(note).cards] == [14]  # only the Academy's founding
    assert "learning objective" in _reasons(note)[5]


def test_a_symbol_and_its_role_under_a_reaction_leads_into_no_formula() -> None:
    note = (
        "# Redoks\n\n$$\n2K+2HCl \\rightarrow 2KCl+H_2\n$$\n\nK - reduktor\n\nH - utleniacz\n\n"
        "$$\nAg+H_2SO_4 \\rightarrow Ag_2SO_4+SO_2+H_2O\n$$\n"
    )
    assert not [card for card in _extract(note).cards if card.front.startswith("H - utleniacz")]


def test_a_heading_whose_colon_opens_a_relative_clause_is_no_term_and_meaning() -> None:
    note = (
        "# Résumé\n\n#### Préparation : qui se divise en 4 étapes\n\n"
        "1. **Identifier** : la nature du texte, le thème général, les idées principales\n"
        "2. **S'organiser** : souligner des mots-clés\n3. **Établir le plan** : reprendre l'ordre des idées\n"
        "4. **Rédiger** : écrire le résumé\n"
    )
    assert not [card for card in _extract(note).cards if card.back == "qui se divise en 4 étapes"]


def test_at_least_and_at_most_in_a_list_and_a_term_that_opens_with_a_digit() -> None:
    note = (
        "## Sets and Reps\n\n- RM, repetition maximum\n  - 1RM: can only do 1 rep at the weight\n"
        "  - 8RM: can do 8 reps at the weight, with the last 2 reps very difficult\n"
        "- strength training\n  - compound exercises\n    - <= 6 reps\n    - 2-6 sets\n    - 2-5 minutes rest\n"
        "- endurance training\n  - >= 12 reps\n  - 2-3 sets\n  - <=30 seconds rest\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("1RM") == "can only do 1 rep at the weight"
    assert "≥ 12 reps" in cards.get("endurance training", "")
    assert "<= 6 reps" in cards.get("compound exercises", "")


def test_the_lines_of_a_table_cell_kept_apart_by_breaks_are_items_of_the_answer() -> None:
    note = (
        "## Blood\n\n|Component|Properties|\n|---|---|\n"
        "|Platelets|Are small fragments of cells<br>Have no nucleus<br>Help blood clot at the site of a wound|\n"
        "|White blood cells|Have a nucleus<br>Form part of the body's defence system|\n"
        "|Plasma|Transports carbon dioxide from the organs to the lungs<br>Transports urea from the liver|\n"
        "|Red blood cells|Have no nucleus<br>Transport oxygen from the lungs to the organs|\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Platelets"] == "- Are small fragments of cells\n- Have no nucleus\n- Help blood clot at the site of a wound"


def test_a_sentence_that_says_what_its_subject_is_asks_for_it_in_other_languages_too() -> None:
    note = (
        "## Factores abióticos\n\nSon aquellos que contiene el medio físico y químico.\n\nLa valencia es la amplitud de los límites de tolerancia para un determinado factor.\n\n"
        "Cuanto más bajos son los valores de h y k más elevado es el multiplicador de la política fiscal.\n\n"
        "Estas especies son las que mantienen su temperatura en un rango fijo sin ayuda.\n\n"
        "Am Ende der Phase ist die abgeschlossene Dokumentation dann auch gleichzeitig die Abnahme.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert cards["Valencia"] == "La valencia es la amplitud de los límites de tolerancia para un determinado factor."
    assert not [front for front in cards if front.startswith(("Cuanto", "Estas", "Am Ende"))]


def test_a_column_of_codes_has_no_term_over_the_rest() -> None:
    note = "## PKI\n\n金鑰欄位值, X509\n> CN\n> O\n> L\n> ST\n> C\n\n憑證有哪幾個基本欄位\n公鑰\n名字\n效期\n證書序列\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "CN" not in fronts
    assert "憑證有哪幾個基本欄位" in fronts  # a question over a column of words is still asked


def test_an_html_tables_characters_and_an_escaped_stop_show_as_written() -> None:
    from notedeck.source import load_text

    text = load_text(
        "## Dates\n\n- c\\. 1600–1450 shaft graves\n\n<table>\n<tr><th>Form</th><th>Foreseen</th></tr>\n"
        "<tr><td>Direct intent</td><td>&#x2714;</td></tr>\n<tr><td>Accident</td><td>&#x2718;</td></tr>\n</table>\n",
        Path("note.md"),
    ).text
    assert "- c. 1600–1450 shaft graves" in text
    assert "| Direct intent | ✔ |" in text


def test_the_chapters_and_sections_to_read_by_their_titles_are_no_cards() -> None:
    note = (
        "# Argomenti da sapere\n\n## Capitoli\n\n- Cap 1: Le origini della società di massa\n"
        "  * Par 1: Redditi e consumi;\n  * Par 5: La Chiesa cattolica di fronte al cambiamento;\n"
        "- Cap 2: Ambizioni imperialiste e alleanze internazionali\n  * Par 2: Tensioni in Europa (1873-78);\n"
        "- Cap 4: La grande guerra\n  * Tutto\n"
    )
    extraction = _extract(note)
    assert extraction.cards == []
    assert "chapters and sections" in _why(extraction)[5]


def test_a_question_over_its_options_is_answered_by_the_answer_line_under_them() -> None:
    note = (
        "### Q&A\n\n- What involves assigning the needed personnel to work on the project?\n"
        "    - Planning human resource management\n    - Acquiring the project team\n"
        "    - Developing the project team\n\n> answer: <strong>*Acquiring the project team.*</strong>\n"
    )
    extraction = _extract(note)
    [card] = extraction.cards
    assert card.kind == "question"
    assert card.front.startswith("What involves assigning the needed personnel")
    assert "- Developing the project team" in card.front
    assert card.back == "Acquiring the project team."
    assert not extraction.skipped


def test_items_that_only_repeat_the_label_with_a_gloss_are_not_listed() -> None:
    note = (
        "### Herzberg's Motivational and Hygiene Factors\n\n- motivational factors\n"
        "    - achievement, recognition, the work itself, responsibility\n"
        "- hygiene(健康) factors\n    - cause dissatisfaction if not present, but do not motivate workers\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "enumeration"]


def test_a_grid_of_names_wrapped_over_rows_pairs_each_name_with_what_is_under_it() -> None:
    note = (
        "## 何月なんがつ\n\n| 1月 | 2月 | 3月 |\n|:--:|:--:|:--:|\n| いちがつ | にがつ | さんがつ |\n"
        "| 4月 | 5月 | 6月 |\n| しがつ | ごがつ | ろくがつ |\n| 其他 | 17 | 19 |\n"
    )
    extraction = _extract(note)
    cards = {card.front: card.back for card in extraction.cards}
    assert cards == {"1月": "いちがつ", "2月": "にがつ", "3月": "さんがつ", "4月": "しがつ", "5月": "ごがつ", "6月": "ろくがつ"}
    assert "no pair" in _why(extraction)[8]


def test_a_year_or_a_date_opening_a_heading_is_no_numbering() -> None:
    from notedeck.text import split_definition, strip_numbering

    assert strip_numbering("1902 yilinda 1. Jon Turk kongresi toplanacak.") == "1902 yilinda 1. Jon Turk kongresi toplanacak."
    assert strip_numbering("1905 - Japonya x Rusya savasi.") == "1905 - Japonya x Rusya savasi."
    assert strip_numbering("24 Temmuz 1908") == "24 Temmuz 1908"
    assert strip_numbering("2 Your Decisions") == "Your Decisions"
    assert strip_numbering("3 - Introduction") == "Introduction"
    assert split_definition("24 Temmuz 1908 - 13 Nisan 1909 ~ ITC'nin En Demokratik Donemleri") is None


def test_a_name_and_its_gloss_alone_on_a_line_heads_the_list_after_a_blank_line() -> None:
    note = (
        "# DNA\n\nDNA tiểu vệ tinh (minisatellite)\n\n* đơn vị lặp 14-100 bp ~ 20-50 lần\n* giàu GC\n"
        "* chiều dài 1-5 kb\n* VD: VNTR\n"
    )
    cards = _extract(note).cards
    assert [card for card in cards if "1-5" in card.front and card.context[-1] == "DNA tiểu vệ tinh (minisatellite)"]
    assert not [card for card in cards if card.front == "VD"]  # ``VD``: Vietnamese for "for example"


def test_a_question_is_not_answered_by_the_next_question_or_an_exercise() -> None:
    note = (
        "# Tema 101\n\n¿Qué diferencia existe entre un sistema de ficheros y un directorio?\n\n"
        "Ejercicio 1.\nEliminar un dispositivo integrado del sistema\n\n"
        "- [x] ¿Cuáles son los parámetros necesarios para el comando `dd`?\n\n"
        "¿Qué significa el primer dígito al modificar los permisos con chmod, por ejemplo 1775?\nsticky bit\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "question"}
    assert not [front for front in cards if "directorio" in front or "`dd`" in front]
    assert [back for front, back in cards.items() if "chmod" in front] == ["sticky bit"]


def test_a_review_question_that_asks_again_for_a_defined_term_is_not_a_second_card() -> None:
    note = (
        "# 오만과 편견\n\n## 인지적 오류(왜곡)\n\n정서 장애를 경험하는 사람들이 사건들의 의미를 부정적으로 왜곡하는 경향\n\n"
        "## Keyword\n\n### 인지적 오류(왜곡)란?\n```\n정서 장애를 경험하는 사람들이 사건들의 의미를 부정적으로 왜곡하는 경향\n```\n\n"
        "### 개인화란?\n```\n자신과 무관한 사건을 자신과 관련된 것으로 잘못 해석하는 오류\n```\n"
    )
    extraction = _extract(note)
    questions = [card.front for card in extraction.cards if card.kind == "question"]
    assert questions == ["개인화란?"]
    assert "asked already" in _why(extraction)[9]


def test_a_question_heading_is_answered_by_its_first_paragraph_when_terms_follow_in_bold() -> None:
    note = (
        "# 16 - Soils\n\n## 16.1 - What is Soil?\n\n"
        "Soil consists of 4 main components capable of supporting life: minerals, organic material, water, and air.\n\n"
        "Most soils contain about 5% organic material, including **humus**, the partially decomposed form of organic matter.\n\n"
        "!> If plant material accumulates, but does not decay, it can form **peat**.\n"
    )
    cards = _extract(note).cards
    questions = {card.front: card.back for card in cards if card.kind == "question"}
    assert questions == {"What is Soil?": "Soil consists of 4 main components capable of supporting life: minerals, organic material, water, and air."}
    clozes = [card.front for card in cards if card.kind == "cloze"]
    assert any("{{c1::humus}}" in front for front in clozes)
    assert "If plant material accumulates, but does not decay, it can form {{c1::peat}}." in clozes  # docsify's box mark gone


def test_for_example_and_but_before_a_colon_are_no_terms() -> None:
    note = (
        "## Filtertheorie\n\n- Selektion ist früh, nach dem Alles-oder-Nichts-Prinzip.\n"
        "- Aber: Eigener Name wird wahrgenommen, auch im nicht-beachteten Kanal\n"
        "- Bsp: Drücke Taste bei Licht; drücke Taste bei grünem Licht\n"
    )
    assert not [card for card in _extract(note).cards if card.front in ("Aber", "Bsp")]


def test_a_cloze_is_not_given_away_by_the_word_beside_it_or_its_acronym() -> None:
    note = (
        "# 自主神經\n\n## 學習目標\n\n- How Synapses Work\n- The Effect of Autonomic Nervous System\n\n"
        "## Drugs\n\nThe drugs that promote it are called Sympathetic agonist, Sympathomimetic.\n\n"
        "Acetylcholine 需藉由 Vesicle Acetylcholine Transporter（VAT）輸入 Vesicle 內。\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "{{c1::Sympathetic}}" in front or front == "學習目標"]
    assert "Acetylcholine 需藉由 {{c1::Vesicle Acetylcholine Transporter（VAT）}}輸入 Vesicle 內。" in fronts


def test_a_question_under_a_question_label_is_answered_by_the_paragraph_after_it() -> None:
    note = (
        "## 입력 데이터 검증\n\n- 신뢰되지 않는 url 주소로 자동 접속 연결\n\n### 문제\n\n"
        "    입력데이터 검증 및 표현과 관련한 보안 약점 중 웹페이지에\n"
        "    악의적인 스크립트를 삽입하는 보안 약점이 무엇인지 쓰시오.\n\n> XSS\n"
    )
    questions = {card.front: card.back for card in _extract(note).cards if card.kind == "question"}
    assert list(questions.values()) == ["XSS"]
    assert "악의적인 스크립트를 삽입하는 보안 약점이 무엇인지 쓰시오." in next(iter(questions))


def test_the_sentences_of_a_bullet_that_go_on_about_its_cloze_go_under_its_answer() -> None:
    note = (
        "## 1.1. Given a scenario, analyze indicators of compromise and determine the type of malware.\n\n"
        "This section covers various types of malware and their attributes.\n\n### Types of Malware\n\n"
        "* **Viruses** propogate by attaching themselves to other pieces of\n  executable code.\n"
        "* **Worms** penetrate systems or networks and replicate themselves\n  inside.\n"
        "* **Ransomware** is crypto-malware that asks for a ransom in exchange\n  for the decryption key.\n"
        "* **Polymorphic** malware modifies its own code so that it cannot be\n  detected by antivirus software.\n"
        "* **Armored** malware is built to be difficult to decompile.\n"
        "* **Crypto-malware** encrypts useful files so that the victim cannot\n  access them.\n"
        "* **Keyloggers** log all of a user's keystrokes.\n"
        "* **Spyware** is software which reports on the activities of the user\n  to another party.\n"
        "* **Bots** are remotely-controlled software.\n"
        "* **Trojans** disguise themselves as useful software. They may or may\n"
        "  not actually perform their cover use.\n* **Adware** is software which displays advertisements to the\n"
        "  user. This software is considered malware if the user has not agreed\n  to view the advertisements.\n"
    )
    extraction = _extract(note)
    extras = {card.front: card.extra for card in extraction.cards if card.kind == "cloze"}
    assert "perform their cover use" in extras["{{c1::Trojans}} disguise themselves as useful software."]
    assert not [line for line in _why(extraction) if line >= 22]


def test_a_setting_clause_leads_into_no_formula_and_questions_do_not_answer_a_question() -> None:
    note = (
        "# 13.5\n\nThe unit tangent vector points along the motion.\n\nGiven position function $\\vec{r}(t)$,\n\n"
        "$$\n\\vec{v}(t) = \\vec{T}(t) \\frac{ds}{dt}\n$$\n\n## Ludology v. narratology\n"
        "What kind of object is a videogame?\nWhat tool should be used to study them?\n"
        "What is the impact of studying them like this?\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith("Given position")]
    assert "What kind of object is a videogame?" not in fronts


def test_a_tag_line_a_dataview_field_and_json_front_matter_are_no_cards() -> None:
    from notedeck.source import load_text

    fields = load_text("#PC #Thermodynamik \n\nGruppe:: Grundlagen\n\n## Definition\n\nText.\n", Path("note.md"))
    assert fields.meta.get("Gruppe") == "Grundlagen"
    assert fields.text.startswith("#PC #Thermodynamik")  # the tags stay; no heading made of them
    cards = _extract("#PC #Thermodynamik \n\nGruppe:: Grundlagen\n\n## Siedepunkt\n\nDer Siedepunkt steigt.\n").cards
    assert not [card for card in cards if card.front == "Gruppe" or "PC" in card.context]
    json_note = load_text('{\n\t"title": "Action Potential",\n\t"math": true\n}\n\n## Phases\n\nText.\n', Path("note.md"))
    assert json_note.meta["title"] == "Action Potential"
    assert json_note.text.count("\n") == 8 and "title" not in json_note.text


def test_a_rule_in_a_callout_underlines_no_heading_and_steps_that_point_back_are_no_facts() -> None:
    note = (
        "## は in Negative Sentences\n\nIn negative sentences, the particle は often replaces が.\n\n"
        "> [!example]\n> \tQ：山下先生はテレビを見ますか\n> \tA：いいえ、見ません\n> ---\n"
        "> Q: *Do you watch TV, Prof. Yamashita?*\n> A: *No, I dont.*\n\nThe first sentence is about the places.\n\n"
        "Let’s make the same substitution for the acceleration function\n\n$$\na = d\\frac km cos\\theta\n$$\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "Do you watch TV" in card.front or "first sentence" in card.front]
    assert not [card for card in extraction.cards if card.front.startswith("Let’s make")]
    assert "inside a [!example] box" in _why(extraction)[5]


def test_a_statement_that_names_a_term_in_bold_is_a_fact_whatever_is_nested_under_it() -> None:
    note = (  # an engineering student's Obsidian note, as written
        '- ### Complex Power for a load\n'
        '\t\t- Impedance of a load has a real, resistive component R and an imaginary, reactive component X such that\n'
        '\t\t\t- $Z = R + jX$\n'
        '\t\t\t- If the reactive component is positive, the load is inductive; capacitive if negative\n'
        '\t\t- If $V = ZI$, the expression $S = \\frac{1}{2}VI^*$ becomes\n'
        '\t\t\t- $S = \\frac{1}{2}ZII^*$ \n'
        '\t\t\t- $$S = I^{2}_{rms}(R+jX)$$\n'
        '\t\t\t\t- $$S = \\frac{1}{2}|I|^2(R+jX)$$\n'
        '\t\t\t\t- $$P_{av} = I^{2}_{rms}R$$\n'
        '\t\t\t\t- $$Q =I^{2}_{rms}X$$\n'
        '\t- The Magnitude of S is called the **Apparent Power**\n'
        '\t- Taking the cosine of the angle of the impedance gives the **Power Factor**\n'
        '\t\t- Defined as the ratio of average power to S\n'
        '\t\t- The fraction of apparent power that is actually lost to the load\n'
        '\t\t- $pf = \\frac{P_{av}}{S} = \\cos(\\theta_{v}-\\theta_{i}) = \\cos(\\theta_{Z})$\n'
        '\t- We can then talk about the power in terms of the two angles with the voltage as a reference poin\n'
        '\t\t- If $\\theta_{I}>\\theta_{V}$, Current is leading, angle is negative\n'
        '\t\t- ![[Pasted image 20221014140549.png]])\n'
        '\t\t- \n'
        '\t- The Complex Power can be used to form a **Power Triangle**\n'
        '\t\t- ![[Pasted image 20221012123833.png]]\n'
    )
    fronts = [card.front for card in _extract(note).cards if card.kind == "cloze"]
    assert "Taking the cosine of the angle of the impedance gives the {{c1::Power Factor}}" in fronts


def test_a_task_over_its_exercises_and_a_goal_that_leads_into_math_are_no_cards() -> None:
    note = (
        "# Pure maths 3\n\n## Integration\n\n- ax+b instead of x\n    - integrate as usual, then divide by a\n"
        "    - Differentiate: e<sup>5x+6</sup>, 1/(ax+b), sin(ax+b)...\n\n## 13.5\n\n"
        "- Goal: find $a_T, a_N$ in:\n\n$$\na = a_T T + a_N N\n$$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.endswith(("Differentiate", "Goal"))]


def test_the_machines_of_a_lab_drawing_are_never_hidden() -> None:
    note = (  # a CCNA student's day notes, as written
        "## ARP Request\n\n"
        "When an ARP request is sent out of PC1, it follows the same route as the unicast dataframe. "
        "Along the way, switches learn the MAC address of PC1 dynamically.\n\n"
        "PC3 knows the MAC address of PC1 so it can send it directly to it without broadcasting it. "
        "Along the way, switches learn PC3s MAC address.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if re.search(r"\{\{c\d::[^}]*PC\d", front)]


def test_a_note_that_opens_on_about_is_titled_by_its_file_name() -> None:
    note = (  # a Security+ Obsidian page, ``Firewalls.md``, as written
        "# About\n---\n- Screens traffic and protects one network from another ^3a1f24\n\n"
        "# Types\n\n## Hardware Firewalls\n---\n- Standalone physical device or appliance\n\n"
        "# Packet Filtering\n\n## About\n---\n"
        "- Firewall inspects each packet passing through the firewall and accepts or rejects it based on the rules\n"
        "- Runs either as Stateful or Stateless\n"
    )
    cards = extract(build_outline(load_text(note, Path("Firewalls.md")))).cards
    assert cards and all(card.context[:1] == ("Firewalls",) for card in cards)
    about = [card for card in cards if "About" in card.front]
    assert len(about) == 2  # two parts called About are two cards, not one that holds both
    assert not any("Stateful" in card.back for card in about if card.source.line == 3)


def test_a_hidden_name_the_rest_of_the_sentence_names_is_given_away() -> None:
    note = (
        "## S3 Outposts\n\n"
        "Amazon S3 Outposts delivers object storage to your on-premises AWS Outposts environment.\n\n"
        "## Amazon Database Migration Service (DMS)\n\n"
        "AWS Database Migration Service (AWS DMS) enables you to migrate relational databases.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "{{c1::AWS Outposts}}" in front or "{{c1::AWS Database" in front]


def test_an_html_character_reference_is_the_character_it_names() -> None:
    note = (  # a biology student's notes, as written
        "# Glycolysis\n\n"
        "- Complete RBBB: QRS segment &ge; 0.12 sec in V1 or V6\n\n"
        "- Escape it in HTML: `&ge;` stays, and so does &lt;br&gt;\n"
    )
    extraction = _extract(note)
    text = " ".join(f"{' '.join(card.context)} {card.front} {card.back}" for card in extraction.cards)
    text += " ".join(skipped.reason for skipped in extraction.skipped)
    assert "&ge; 0.12" not in text and "≥ 0.12 sec" in text


def test_a_definition_marked_def_asks_for_the_term_it_defines() -> None:
    note = '## Waves\n\nDEF: A "wave" is anything that satisfies the wave equation.\n'
    cards = _extract(note).cards
    assert [(card.front, card.back) for card in cards] == [
        ("Wave", 'A "wave" is anything that satisfies the wave equation.')
    ]


def test_a_page_of_the_textbook_and_a_dash_under_it_make_no_card() -> None:
    note = "# Praca i Budowa Serca\n\n- zastawki\n- podręcznik str.154\n    \n    —\n    \n"
    extraction = _extract(note)
    assert not extraction.cards
    assert "where to read it" in _why(extraction)[4]


def test_advice_to_learn_it_elsewhere_and_the_way_back_to_the_index_are_no_facts() -> None:
    note = (  # a chemistry student's Obsidian note, as written
        "# Index\n**Go Back To** [[!Chemistry]]\n# Redox Reaction\n"
        "Redox reactions are very important part of the electrochemistry, so you have to know about them well.\n"
        "## Rules for Assigning Oxidation States\n"
        "You can learn more about *Redox Reactions* in YouTube by videos. That's a better way to understand them fully.\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    reasons = _why(extraction)
    assert "about the notes or the course" in reasons[1] and "about the notes or the course" in reasons[5]
    assert 4 in reasons  # the remark under Redox Reaction is reported, not made a card


def test_a_word_that_is_the_same_in_every_column_is_not_asked() -> None:
    note = (
        "## Nouns\n\n| Svenska | English | Nederlands |\n|---|---|---|\n"
        "| man | man | man |\n| mannen | the man | de man |\n| lunch | lunch | lunch |\n| ålg | moose | eland |\n"
    )
    extraction = _extract(note)
    assert sorted(card.front for card in extraction.cards) == ["mannen", "ålg"] or sorted(
        card.front.split(" (")[0] for card in extraction.cards
    ) == ["mannen", "ålg"]
    reasons = _why(extraction)
    assert "the same word in every column" in reasons[5] and "the same word in every column" in reasons[7]


def test_a_part_that_says_what_it_will_explain_is_no_definition() -> None:
    note = (
        "# Learning Dutch\n\n## Quirks\n\n"
        "Many Dutch words are often used quite differently to English. There are also a number of other "
        "arbitrary rules. I'll explain some of the obvious ones in this section.\n\n"
        "### Hebt vs. heeft\n\nIf you're talking to someone directly they _hebt_ it.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front == "Quirks" or "English}}" in card.front]
    assert "says what the part will do" in _why(extraction)[5]


def test_a_variable_set_before_a_command_is_no_term() -> None:
    note = "## Backup\n\n- ETCDCTL_API=3 etcdctl snapshot status snapshot.db\n- etcd: the key value store of the cluster\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "ETCDCTL_API" not in fronts and "etcd" in fronts


def test_rows_of_a_table_are_not_twins_for_sharing_its_column_names() -> None:
    note = (
        "## Blood groups\n\n| Blood group | Antigen on red blood cell | Antibody in plasma |\n|---|---|---|\n"
        "| A | A | Anti-B |\n| B | B | Anti-A |\n| AB | A & B | None |\n| O | None | Anti-A & Anti-B |\n"
    )
    assert len(_extract(note).cards) == 4


def test_a_heading_over_a_sentence_cut_at_que_makes_no_card() -> None:
    note = "## Liens avec les expressions rationnelles\n\nOn peut montrer que \n\n1) Les langages réduits a un mot\n"
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.back.strip() == "On peut montrer que"]
    assert "a sentence cut off" in _why(extraction)[1]


def test_lines_of_formulas_are_neither_a_lead_nor_a_term() -> None:
    note = (  # a chemistry student's working, as written
        "## Acides\n\n$pH=pCa$ pour $10^{-6,5}\\le Ca\\le 10^{-1}$  \n$$6,5\\ge pCa\\ge 1$$  \n$$pH=14-pCb$$  \n\n"
        "$K_{f3}=10^{\\log_{}{K_{f3}}}=10^{4,5}$\n$\\beta_{1}=K_{1}=10^{6,4}$\n$\\beta_{2}=\\beta_{1}\\cdot K_{2}=10^{14}$\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    assert 3 in _why(extraction) and 7 in _why(extraction)  # reported, not made cards


def test_an_example_and_its_solution_are_worked_not_facts() -> None:
    note = (  # a physics student's notes, as written
        "## Pendel\n\n**Beispiel**:\nEin Turm in Taipeh, Taiwan, besitzt ein Pendel zur Stabilisierung. "
        "Die Pendellänge beträgt 14m und das GEwicht 660 Tonnen.\n\n**Lösung**:\n\n- g = 9.81 m/s^2\n- l = 14m\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    reasons = _why(extraction)
    assert all("worked example" in reasons[line] for line in (3, 8, 9))


def test_study_advice_an_announced_example_and_a_remember_line() -> None:
    note = (  # Security+ and AWS exam notes, as written
        "## S3\n\n- Remember that S3 is Object-based: ie allows you to upload files\n"
        "- Read the S3 FAQs before taking the exam.\n\n"
        "## Diving Into an Example\n\nI'm going to try and dive into a TTPs approach for a particular pattern.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.kind == "definition"]  # no ``Remember that …`` term
    reasons = _why(extraction)
    assert "own remark" in reasons[4] and "says what the part will do" in reasons[8]


def test_a_formula_worked_to_an_examples_number_is_no_answer() -> None:
    note = "## Pendel\n\n- Für die Periodendauer ergibt das: $T = \\frac{1}{f} = 7.5s$\n- Die Frequenz: $f = \\frac{1}{T}$\n"
    extraction = _extract(note)
    backs = [card.back for card in extraction.cards]
    assert not [back for back in backs if "7.5s" in back] and "worked value" in _why(extraction)[3]


def test_the_above_and_the_term_here_need_what_the_card_cannot_show() -> None:
    note = (
        "## Coordinates\n\nA vector field assigns a vector to every point of space.\n\n"
        "The above is all in Cartesian coordinates.\n\n"
        "The second term here (sadly can't use underbrace) is Maxwell's law correction.\n\n"
        "## Federpendel\n\n### Erklärung\n\n- Die Frequenz ist umgekehrt proportional zur Wurzel der Masse\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.kind == "cloze"]
    assert "Federpendel — Erklärung" in [card.front for card in extraction.cards if card.kind == "definition"]
    assert not [card for card in extraction.cards if "above" in card.back or "here" in card.back]


def test_a_formula_drawn_by_codecogs_is_the_latex_it_encodes() -> None:
    note = (
        "## Notes\n\nIn order to condition on B, we must assume the **marginal probability** satisfies "
        "![](https://latex.codecogs.com/svg.latex?P[B]%20%5Cneq%200).\n"
    )
    fronts = _clozes(note)
    assert fronts and "$P[B] \\neq 0$" in fronts[0] and "codecogs" not in fronts[0]


def test_a_legend_after_its_formula_and_the_next_step_need_what_came_before() -> None:
    note = (
        "## Power\n\nThe power factor is a ratio of powers.\n\n"
        "where $\\theta_v$ is phase shift of voltage and $\\theta_i$ is phase shift of current\n\n"
        "## NLP\n\nThe first step is lexical analysis.\n\nThe next step is discourse integration.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.kind == "cloze"]  # (the legend goes with its heading's card)
    assert "needs the sentence before it" in _why(extraction)[11]


def test_a_table_of_cases_by_column_is_not_read_row_by_row() -> None:
    note = (
        "# Energia Interna\n\n|$\\Delta U = 0$|$\\Delta U > 0$|$\\Delta U < 0$|\n|-------|------|-----|\n"
        "|isotérmica|U aumenta|U diminui|\n|$Q = 0$|$Q > 0$|$Q < 0$|\n|adiabática|recebe calor|perde calor|\n"
    )
    extraction = _extract(note)
    assert not extraction.cards and "a table of cases by column" in _why(extraction)[3]


def test_a_pronoun_line_is_no_term_and_the_opposite_needs_what_it_opposes() -> None:
    note = (
        "## Number Density\n\nNumber density is the number of free electrons per volume.\n\n"
        "It has unit $\\text{m}^{-3}$ \nIn an insulator $n \\approx 0$ and in a conductor $n \\approx10^{28}$\n\n"
        "## Thermistors\n\nIn NTC thermistors the resistance falls as the temperature rises.\n\n"
        "In PTC (positive temperature coefficient) thermistors the opposite is true.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front.startswith("It ") or "PTC" in card.front]
    assert "needs the sentence before it" in _why(extraction)[12]


def test_the_formula_under_a_headings_definition_goes_on_its_card() -> None:
    note = (  # an A-level physics student's Obsidian note, as written
        "## Current, Voltage and Resistance\n### Voltage\nThe work done to move charge around the circuit, per unit charge.\n"
        "$$V = \\frac{W}{Q}$$\nMeasured by a voltmeter placed in parallel to other components.\n"
        "### Resistance\nHow hard it is for current to flow.\n$$R = \\frac{V}{I}$$\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert "V = \\frac{W}{Q}" in backs["Voltage"] and "Measured by a voltmeter" in backs["Voltage"]
    assert "R = \\frac{V}{I}" in backs["Resistance"]


def test_an_empty_field_is_no_card_and_an_admonition_box_is_read_as_text() -> None:
    note = (  # a Portuguese engineering student's Obsidian page, as written
        "Tags: #Tipo/Proposição #Tópico/Álgebra\n\nProvas: _Não Aplicável_\nReferência: _Não Aplicável_\n\n"
        "```ad-question\ntitle: Proposição.\n\nMétodo utilizada na minização de funções booleanas. É um método "
        "razoável para simplificar funções com mais de 4 variáveis de entrada.\n```\n"
    )
    extraction = extract(build_outline(load_text(note, Path("Método de Quine-McCluskey.md"))))
    assert not [card for card in extraction.cards if "Aplicável" in card.back]
    assert "says there is nothing to it" in _why(extraction)[3]
    assert [card for card in extraction.cards if "minização de funções booleanas" in card.back]


def test_the_same_sentence_for_several_names_is_no_cloze() -> None:
    note = (
        "## AI\n\nAmazon Rekognition analyses images and videos.\n\nAmazon Lex builds chat bots for customer service.\n\n"
        "- You cannot use Amazon Polly to detect and extract text, handwriting, and data from scanned documents.\n"
        "- You cannot use Amazon Kendra to detect and extract text, handwriting, and data from scanned documents.\n"
        "- Amazon Textract extracts text, handwriting, and data from scanned documents.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front.startswith("You cannot use")]
    assert "cannot tell which is asked" in _why(extraction)[7]


def test_a_back_of_questions_only_answers_nothing() -> None:
    note = (  # an exam outline: the questions to prepare, none answered yet
        "## Old Questions\n\n### Sequence Structure\n\n- What data is needed to predict the structure?\n"
        "- Which tools will you use?\n- How do you prepare the data?\n\n"
        "## Review\n\n- What is DNS?\n  - Which port does it use?\n  - Who runs the root servers?\n\n"
        "## Terms\n\nRecall: what the learner can bring back unaided.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "Which tools" in card.back or "Which port" in card.back]
    assert "leaves open" in _why(extraction)[3] and "leaves open" in _why(extraction)[11]
    assert [card for card in extraction.cards if card.front == "Recall"]


def test_a_box_of_the_authors_own_kind_titled_as_an_example_or_a_proof_is_a_worked_box() -> None:
    note = (  # a lecture note in Obsidian with one-letter callout kinds of the author's own
        ">[!t] Proposition\n> $$V(Y)= V(E(Y|X)) + E(V(Y|X))$$\n> >[!p] Proof\n> > $$V(Y) = Cov(Y,Y)$$\n"
        "> > Adding and subtracting the mean, the cross term is zero.\n\n"
        ">[!e] Another example\n>Suppose $X \\sim \\Gamma(2, 2)$\n>Given $X =x$, suppose $Y \\sim U(0, x)$.\n"
        ">Find $E(Y)$ and $V(Y)$.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front == "Another example" or "cross term" in card.back]
    assert "worked example or proof" in _why(extraction)[7] and "worked example or proof" in _why(extraction)[3]


def test_a_sentence_that_runs_through_its_formula_is_one_sentence() -> None:
    note = (
        "Recall we proved that $$Cov(Y-E(Y|X), H(X)) = 0$$\nso $Y - E(Y|X)$ is orthogonal to $E(Y|X)$.\n\n"
        ">[!d] Definition\n>The random variable $$E[(Y-E(Y|X))^2 | X]$$\n"
        ">is called the **conditional variance** of $Y$ given $X$ and is denoted $V(Y|X)$.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front in ("Recall we proved that", "The random variable")]
    (card,) = [card for card in extraction.cards if card.front.startswith("conditional variance")]
    assert card.front == "conditional variance of $Y$ given $X$"
    assert "E[(Y-E(Y|X))^2 | X]" in card.back and "denoted $V(Y|X)$" in card.back
    assert "goes on after its formula" in _why(extraction)[1]


def test_what_the_course_means_to_do_is_no_fact() -> None:
    note = (
        "# Trust and Security with Google Cloud\n#### Introduction\n"
        "* The objective of this course, trust and security with Google Cloud, is to equip you with the knowledge "
        "necessary to discuss fundamental cloud security concepts.\n"
        "* Least privilege: grant users only the access they need to perform their job.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "objective of this" in card.front]
    assert "the author's own remark" in _why(extraction)[3]
    assert [card for card in extraction.cards if "Least privilege" in card.front + card.back]


def test_the_stamp_a_notes_app_puts_at_the_top_is_no_fact() -> None:
    note = "發燒\n2025年2月15日\n下午 09:55\n\n13.05.2025 14:30\n\n血钾参考值 3.5-5.5 mmol/L\n\n問診方法可以參考凡鳥OSCE的內容\n"
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["血钾参考值 {{c1::3.5-5.5}} mmol/L"]
    assert "when the note was written" in _why(extraction)[2] and "when the note was written" in _why(extraction)[5]
    assert 9 in _why(extraction)


def test_the_exams_questions_and_its_knowledge_areas_are_no_facts() -> None:
    note = (
        "# Boot the system\n\n## Key knowledge areas\n\n* Provide common commands to the boot loader.\n"
        "* Understanding of _SysVinit_ and _systemd_.\n\n"
        "## Klausur Fragen\n\n- Unterschied zwischen der Liquidität 1. Und 2. Grades\n\n"
        "- BIP aus der Entstehungs- und aus der Verwendungssicht\n\n"
        "## BIOS\n\nFirmware in ROM/PROM, that works as a basic I/O system since 1975.\n"
    )
    extraction = _extract(note)
    assert [card.source.line for card in extraction.cards] == [16]
    assert "objective" in _why(extraction)[5]
    assert "exam's questions" in _why(extraction)[10] and "exam's questions" in _why(extraction)[12]


def test_a_box_titled_in_brackets_names_its_term_and_a_highlight_its_label_names_is_hidden_alone() -> None:
    note = (
        "> [!definition] (Rationalizability)\n> A strategy is said to be ==rationalizable== if it survives iterated "
        "elimination of strictly dominated strategies.\n\n---\n\n**Next:** [[Nash Equilibria]]\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == [
        "A strategy is said to be {{c1::rationalizable}} if it survives iterated elimination of strictly dominated strategies."
    ]
    assert "a link to another page" in _why(extraction)[6]


def test_a_seminars_date_its_bibliography_and_a_word_after_this_are_no_cards() -> None:
    note = (
        "# Protokoll: Bourdieu\n\n**Datum der Sitzung**: 13.05.2025\n\n## Diskussion\n\n"
        "Einige meinten, kulturelles Kapital sei heute in Deutschland gleich verteilt.\n\n"
        "Die Mehrheit der Teilnehmenden widersprach dieser **Ansicht** noch 2025.\n\n"
        "## Literatur und Quellenverzeichnis\n\n- Bourdieu, P. (1987). *Die feinen Unterschiede*. Frankfurt am Main: Suhrkamp.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "13.05.2025" in card.back or "{{c1::Ansicht}}" in card.front]
    assert not [card for card in extraction.cards if "Suhrkamp" in card.back or "Literatur" in card.front]
    assert {3, 11} <= set(_why(extraction))


def test_a_rule_and_its_examples_are_no_enumeration() -> None:
    note = (
        "## Le futur proche\n\n- Estructura: _Sujet_ + _Aller_ + _Infinitif_\n\n- Ejemplos\n"
        "\t- Nous allons manger des croissants\n\t- Je vais voyager en Europa\n\n"
        "### Participe passé\n\n- _-er -> -é_\n\t- Manger -> Mangé\n\t- Commencer -> Commencé\n\n"
        "- Irregulares\n\t- Avoir -> Eu\n\t- Être -> Été\n\t- Naître -> Né\n\n"
        "## sankcja rodzaje\n\n- karna -> kara\n- egzekucyjna -> przymus\n"
    )
    cards = _extract(note).cards
    assert [card.front for card in cards if card.kind == "enumeration"] == ["sankcja rodzaje — list all 2"]
    assert {card.front for card in cards if card.kind == "definition"} >= {"Manger", "Avoir", "Être", "Estructura"}


def test_a_formulas_legend_and_the_result_of_iterations_do_not_ask_for_it() -> None:
    note = (
        "## Distance Vector Algorithm\n\nwhere:\n$x$ = cost of neighbor\n$d$ = cost from neighbor to destination $y$\n\n"
        "$$d_x(y)=min\\{(x,v)+d_v(y)\\}$$\n\nafter a few iterations of the algorithm we end up with:\n\n"
        "$$D_z(x)=min\\{c(z,x)+D_x(x),c(z,y)\\}$$\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.back.strip().startswith("$$")]
    assert "a step of a derivation" in _why(extraction)[9]


def test_one_name_twice_under_one_heading_is_one_card_with_both_answers() -> None:
    note = (
        "### 2.1 **Earthquakes and volcanoes**\n- Earthquake: Christchurch, New Zealand\n"
        "- Volcano: Eyjafjallajökull (E15), Iceland\n- An earthquake: Kobe, Japan\n- An Earthquake: Kashmir, Pakistan\n\n"
        "## STP\n\nPVST = ONLY ISL Trunk Encapsulation\n\nPVST+ = Supports 802.1Q\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Earthquake"] == "- Christchurch, New Zealand\n- Kobe, Japan\n- Kashmir, Pakistan"
    assert not [front for front in cards if front.startswith("An ")]


def test_a_sentence_that_leads_into_its_example_is_no_term() -> None:
    note = (
        "## L'impératif\n\nIntro paragraph about the imperative mood here.\n\n"
        "- Pronunciar la r como en el español, ejemplo: _parler_, es algo de los acentos africanos\n"
        "- nonproduction transactions, ex: stocks, bonds, old car\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front.endswith(("ejemplo", "ex"))]
    assert 5 in _why(extraction) and "leads into its example" in _why(extraction)[6]


def test_a_table_whose_first_header_is_empty_still_asks_for_its_column() -> None:
    note = "## L'imparfait\n\n|                | Terminaison |\n| --- | --- |\n| Je | ais |\n| Nous | ions |\n"
    assert [card.front for card in _extract(note).cards] == ["Je — Terminaison", "Nous — Terminaison"]


def test_the_parts_of_a_note_under_its_table_of_contents_heading_are_not_parts_of_it() -> None:
    note = (
        "# 2. Boot the system\n\n## TOC\n\n* BIOS\n* MBR\n\n### BIOS\n\nFirmware in ROM/PROM, that works as a basic I/O system.\n\n"
        "### MBR\n\nSpecial type of boot sector at the very beginning of partitioned mass storage devices.\n"
    )
    cards = _extract(note).cards
    assert {card.context for card in cards if card.front in ("BIOS", "MBR")} == {("Boot the system",)}


def test_a_subject_with_its_other_name_between_commas_is_still_the_subject() -> None:
    note = (
        "## Oscillations\n\nIntro paragraph about oscillations here.\n\n"
        "- The frequency _f_ of periodic, or oscillatory, motion is the number of oscillations per second.\n\n"
        "#### Starvation and Ageing\n"
        "**Starvation**, or *indefinite blocking*, is a problem where low priority processes may never execute.\n"
    )
    cards = _extract(note).cards
    assert "motion is {{c1::the number of oscillations per second}}." in cards[1].front
    assert "Starvation (indefinite blocking)" in [card.front for card in cards]


def test_a_relation_stated_by_its_formula_hides_the_formula() -> None:
    note = (
        "## SHM\n\nIntro paragraph about simple harmonic motion.\n\n"
        "- The angular freq. is related to the period and freq. of the motion by $\\omega = 2\\pi/T = 2\\pi f$\n"
        "- Muscle strength is related to muscle fiber size, but not proportionally.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "The angular freq. is related to the period and freq. of the motion by {{c1::$\\omega = 2\\pi/T = 2\\pi f$}}" in fronts
    assert "Muscle strength is {{c1::related to muscle fiber size}}, but not proportionally." in fronts


def test_a_verbs_tense_is_nothing_to_hide() -> None:
    note = (
        "## Upstart\n\nIntro paragraph about Upstart here.\n\n"
        "No new features are being developed and general advice would be move over to another init system.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "{{c1::being developed}}" in card.front]
    assert 5 in _why(extraction)


def test_values_in_code_with_nothing_said_of_them_are_no_cloze() -> None:
    note = (
        "_systemd_ uses its own log manager `journalctl`.\n\n* `journalctl`\n  * `-S`: since.\n"
        "  * `YYYY-MM-DD [HH:MM:SS]]`, `yesterday`, `today`, `tomorrow`, `N day ago`, `+/- NhMmin` (i.e `-1h15min`)\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "yesterday" in card.front + card.back]
    assert "values in code" in _why(extraction)[5]


def test_a_heading_is_answered_by_the_paragraph_that_names_it() -> None:
    note = (
        "#### Boot loader\n\nWhen a computer is turned off, its software remains stored on non-volatile memory.\n\n"
        "The small program that starts this sequence is known as a _bootstrap loader, bootstrap or boot loader_. "
        "Its only job is to load other data and programs.\n"
    )
    (card,) = [card for card in _extract(note).cards if card.front == "Boot loader"]
    assert card.back.startswith("The small program that starts this sequence is known as")


def test_a_lecture_proofs_exercise_fragment_and_a_pointer_elsewhere_are_no_cards() -> None:
    note = (
        "## Algebraic Extensions\n\n*Exercise*:\nShow this is also a spanning set.\n\n"
        "**Definition:**\nLet $E \\geq F$, and define\n$$\n\\overline{F_E} = \\{\\alpha \\in E\\}\n$$\n"
        "to be the **algebraic closure of $F$ in $E$**.\n\n"
        "Then $F(\\alpha, \\beta) \\subseteq \\overline{F_E}$ is algebraic over $F$ and\n$$\n\\alpha\\pm \\beta \\in F(\\alpha, \\beta)\n$$\n\n"
        "## Defect and diffusion??\n\nSee [[Diffusion]]\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if front in ("Exercise", "Defect and diffusion??") or front.startswith(("to be", "Then"))]
    assert {3, 11, 13} <= set(_why(extraction))


def test_a_figures_caption_and_a_name_the_breadcrumb_gives_without_its_accents_are_no_cloze() -> None:
    note = (
        "### Kröger-Vink notation\n\nA notation for point defects in crystals.\n\n"
        "![Defect notations in Kroger-Vink notation. via Dehoff (p.473)](Untitled.png)\n\n"
        "The notation of Kroger-Vink was proposed in **1956** by two physicists.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "{{c1::Kroger-Vink}}" in front]
    assert "The notation of Kroger-Vink was proposed in {{c1::1956}} by two physicists." in fronts


def test_a_definition_that_leads_into_a_list_across_a_blank_line_takes_the_list() -> None:
    note = (
        "## Постановка задач\n\nОсновная задача - хранение, и обеспечение надёжности хранения подразумевает:\n\n"
        "1. Надёжность хранения\n\n2. Надёжность доступа\n"
    )
    (card,) = [card for card in _extract(note).cards if card.front == "Основная задача"]
    assert "Надёжность хранения" in card.back and "Надёжность доступа" in card.back


def test_a_block_id_on_the_line_under_its_block_is_no_text_and_pins_nothing() -> None:
    note = "## Rôle\n\n- Fonctionnel : Certain ont des propriétés biologiques importantes\n^1673814798673\n- Energétique : substrats.\n"
    (card,) = [card for card in _extract(note).cards if card.front == "Fonctionnel"]
    assert card.back == "Certain ont des propriétés biologiques importantes" and card.pinned is None


def test_the_obsidian_comments_plugin_leaves_the_words_commented_on() -> None:
    note = (
        "## Réactions\n\nIntro about the reactions here.\n\n- Le produit est une <label class=\"ob-comment\" title=\"\" style=\"\"> "
        "base de Schiff <input type=\"checkbox\"> <span style=\"\">In organic chemistry, a Schiff base is …</span></label> "
        "formée en **1864**.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Le produit est une base de Schiff formée en {{c1::1864}}." in fronts


def test_a_diagram_of_messages_drawn_with_arrows_is_no_terms() -> None:
    note = (
        "#### DHCP\n\nTodos los mensajes de este protocolo viajan sobre UDP.\n\n**Cliente** -- **Servidor**\n\n"
        "0.0.0.0 DHCP discover --> 255.255.255.255(broadcast generico)\n\n<-- DHCP offer\n\n"
        "DHCP request --> @IP servidor DHCP\n\n<-- DHCPack\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front in ("Cliente", "DHCP request")]
    assert all("diagram of messages" in _why(extraction)[line] for line in (5, 7, 9, 11, 13))


def test_an_answer_that_only_sets_up_its_notation_is_no_answer() -> None:
    note = (
        "## Geometric Constructions\n\nGiven the tools of a straightedge and compass, what real numbers can be constructed?\n"
        "Let $\\mathcal C$ be the set of such numbers.\n\n$\\mathcal C$ is a subfield of $\\mathbb R$.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.kind == "question"]
    assert "sets up the notation" in _why(extraction)[3]


def test_a_definition_label_asks_for_the_term_its_sentence_sets_in_bold() -> None:
    note = (
        "## Algebraic Closures\n\n**Definition:**\n- A field $F$ is **algebraically closed** iff every non-constant polynomial "
        "in $F[x]$ has a root in $F$.\n\n## Serie telescopica\n\n**DEFINIZIONE**: Una **serie telescopica** è una serie in cui "
        "il termine generale si può scrivere come differenza.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "algebraically closed" in fronts
    assert "Serie telescopica — DEFINIZIONE" in fronts


def test_a_preview_notes_labels_course_map_and_summary_are_no_cards() -> None:
    note = (
        "# Preview\n## Focus: Labor Supply + Labor Demand (warm-up)\n\n### Motivation\nLabor economics studies how workers choose.\n\n"
        "## Course map (my preview plan)\n- Labor supply (individual choice)\n- Labor demand (firms)\n- Human capital\n\n"
        "## Summary\nLabor supply comes from individual choice: wages create both substitution and income effects.\n\n"
        "## Products\n- Cloud Storage (GCS)\n\n  equivalent to AWS S3\n\n"
        "## Quotes\n- Source for above quotes: Malle, 2006\n- **Eg**: people think that they're brave.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front == "Focus" or front.startswith(("Course map", "Labor supply comes", "Source for"))]
    assert not [front for front in fronts if "{{c1::AWS S3}}" in front or "{{c1::Eg}}" in front]


def test_an_exclamation_beside_a_line_and_a_verb_after_an_aside_are_no_cards() -> None:
    note = (
        "### Attitude-behavior consistency when\n- They closely match each other (e.g., in generality/specificity): chinese people!!\n"
        "- The attitude is strong or potent (e.g., acquired through experience)\n\n"
        "## Use Cases\n\nIntro about the use cases here.\n\n"
        "- (preferred for performance) Load into bigquery with schema-auto-detection feature enabled\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith("They closely match") or "{{c1::Load}}" in front]


def test_the_flashcards_plugins_tagged_heading_is_the_authors_card() -> None:
    note = (
        "# IMPORTANCE BIOLOGIQUE DU AA\n#card\n- Le rôle des acides aminés est multiple\n\t- **Structurale** : monomères.\n"
        "^1673814798673\n\n## What is X? #card\nX is a thing.\n^1673814798674\n\n"
        "# Classification\n## Selon le radical R\n#card\n### Neutre\n- Un groupe amine\n### Acide\n- Deux groupes\n^1673814680484\n\n"
        "### Later part\n\nUnrelated text about pH values here.\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    assert cards["IMPORTANCE BIOLOGIQUE DU AA"].kind == "explicit" and "Structurale" in cards["IMPORTANCE BIOLOGIQUE DU AA"].back
    assert cards["What is X?"].back == "X is a thing." and "What is X?" not in cards["IMPORTANCE BIOLOGIQUE DU AA"].back
    radical = cards["Selon le radical R"].back
    assert "**Neutre**" in radical and "Deux groupes" in radical and "Unrelated" not in radical
    assert not [front for front in cards if front in ("Structurale", "Neutre")]


def test_an_item_of_the_authors_checklist_is_no_fact() -> None:
    note = (
        "## 61 Risk Associated with Investing in Bonds\n  - [x] 3 什么是Reinvestment Risk\n"
        "  - [x] 8 信用风险（Credit Risk）的三种类型以及它们的区别\n  - [ ] Review the duration formula of **Macaulay**\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    assert all("checklist" in _why(extraction)[line] for line in (2, 3, 4))


def test_a_recordings_time_set_small_on_its_own_line_is_no_term() -> None:
    note = (
        "## Ricavo medio e marginale\n\n<small>26m</small>\nIl RMe è il rapporto fra i ricavi totali e la quantità.\n"
        "<small>pag. 122</small>\n\n<small>1h 21m</small>\nSommando l'area fra i punti A ed E si ottiene il **profitto**.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "small" in front or front.endswith("m")]
    assert any("{{c1::profitto}}" in front for front in fronts)


def test_a_chapters_requirements_and_a_lectures_los_are_objectives() -> None:
    note = (
        "# 第6章所有者\n\n本章要求\n\n**掌握**：实收资本、资本公积和库存股的账务处理；\n\n**熟悉**：所有者权益的构成内容；\n\n"
        "## Atherosclerosis\n\nLO\n- To identify the risk factors for atherosclerosis\n- To explain the pathogenesis of atherosclerosis\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    assert "objective" in _why(extraction)[5] and "objective" in _why(extraction)[7]


def test_bullets_under_a_numbered_question_indented_less_than_its_text_answer_it() -> None:
    note = (
        "### Mögliche Klausurfragen\n1. Wie ist die Funktionsweise des \"Most Similar Systems Design\"?\n"
        "  - Ausgangspunkt: Analyse von \"eineiigen Zwillingen\"\n  - viele Gemeinsamkeiten + ein Unterschied = versch. Ergebnis\n"
        "2. Was sind Eigenschaften einer guten Theorie?\n  - Falsifizierbarkeit, hohe Erklärungskraft, Sparsamkeit\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Ausgangspunkt" in cards['Wie ist die Funktionsweise des "Most Similar Systems Design"?']
    assert "Sparsamkeit" in cards["Was sind Eigenschaften einer guten Theorie?"]
    assert "Ausgangspunkt" not in cards


def test_what_the_text_is_about_to_do_is_no_fact() -> None:
    note = (
        "## 2PC Protocol\n\nIntro about the protocol here.\n\n"
        "We now argue the correctness of the protocol by showing that it satisfies conditions **AC1**-AC5.\n\n"
        "## Weighted Quorums\n\nWe describe the consensus protocol for weighted quorums.\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["2PC Protocol"]
    assert 5 in _why(extraction) and 9 in _why(extraction)


def test_the_numbers_of_a_worked_example_are_no_cloze() -> None:
    note = (
        "## Massimizzazione del profitto\n\nIntro paragraph about the profit here.\n\n"
        "In q′, il RMg è 100, ed il CMg è 60, quindi il profitto è 40.\n\n"
        "6G uses mmwave (30-300 GHz), and may also use THz radiations.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "{{c1::100}}" in card.front]
    assert "worked example" in _why(extraction)[5] and "worked example" not in _why(extraction).get(7, "")


def test_a_latex_box_by_its_short_name_with_its_title_on_the_line_under_it() -> None:
    note = (
        "Analiza matematyczna 1\n---\n\n\\begin{de}\n(Ciąg liczb rzeczywistych)\n\n"
        "Ciągiem liczb rzeczywitych nazywamy dowolną funkcję $ f: \\mathbb{N} \\rightarrow \\mathbb{R} $.\n\\end{de}\n\n"
        "\\begin{tw}\n(Bolzano-Weierstrasa)\n\nKażdy ograniczony ciąg liczb rzeczywistych ma podciąg zbieżny.\n\\end{tw}\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Ciąg liczb rzeczywistych"].startswith("Ciągiem liczb rzeczywitych nazywamy")
    assert cards["Bolzano-Weierstrasa"] == "Każdy ograniczony ciąg liczb rzeczywistych ma podciąg zbieżny."


def test_trivia_is_a_label_and_no_end_of_a_roman_range_is_hidden() -> None:
    note = (
        "## Controlled Substances Act\n\nIntro about the act here.\n\n"
        "> **TRIVIA**: The Anabolic Steroids Control Act of 1990 added anabolic steroids to Schedule III.\n\n"
        "- **Schedule III**–V records must also be maintained separately for 2 years.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "TRIVIA" not in fronts and any("{{c1::1990}}" in front for front in fronts)
    assert not [front for front in fronts if "{{c1::Schedule III}}" in front]


def test_a_bold_terms_statement_that_goes_on_into_its_formula_takes_it() -> None:
    note = (
        "**Granica ciągu**\n\nLiczba $ a $ jest granicą ciągu $ (a_n) $, gdy:\n$$\n(\\forall \\epsilon > 0)(|a_n - a| < \\epsilon)\n$$\n"
    )
    (card,) = [card for card in _extract(note).cards if card.front == "Granica ciągu"]
    assert card.back.endswith("$$") and "\\forall \\epsilon" in card.back


def test_a_question_set_in_bold_with_its_answer_after_it_is_a_question_card() -> None:
    note = (
        "# Music Theory\n\n## Intervals\n\n"
        "- **In music theory, what is the inversion of a 2nd?** 7th\n"
        "- **In music theory, what is a tuplet?** An irregular note division\n"
        "- **Tiny risk that's expensive to fix?** accept it\n\n"
        "**Quelles sont les relations entre la liberté et l'inconscient?**^38c5b7\n"
    )
    extraction = _extract(note)
    cards = {card.front: (card.kind, card.back) for card in extraction.cards}
    assert cards["In music theory, what is the inversion of a 2nd?"] == ("question", "7th")
    assert cards["In music theory, what is a tuplet?"] == ("question", "An irregular note division")
    assert cards["Tiny risk that's expensive to fix?"] == ("question", "accept it")
    assert not [card for card in extraction.cards if "{{c1::" in card.front or "38c5b7" in card.back]


def test_each_symbol_in_code_before_its_meaning_is_a_card_of_its_own() -> None:
    note = (
        "# Regular expressions\n\nCommon regex symbols:\n"
        "* `^` - beginning of line\n* `$` - end of line\n* `\\<` - beginning of word\n"
        "* `*` - zero or more occurrences\n* `+` - one or more occurrences\n* `?` - zero or one time\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert cards == {
        "^": "beginning of line",
        "$": "end of line",
        "\\<": "beginning of word",
        "*": "zero or more occurrences",
        "+": "one or more occurrences",
        "?": "zero or one time",
    }


def test_a_likeness_that_is_the_fact_is_not_cut_as_an_analogy() -> None:
    note = "# Inductor\n\n## Inductor circuits\n\nWhen current is changing, L behaves like a battery w/ $\\varepsilon = - L \\frac{d I}{d t}$\n"
    (card,) = [card for card in _extract(note).cards if card.front == "Inductor circuits"]
    assert "like a battery" in card.back and "\\varepsilon" in card.back


def test_a_heading_over_the_labels_of_a_working_is_no_definition() -> None:
    note = (
        "# Conducting bar falling down\n\ndifferential equation for $v(t)$\n\nterminal velocity\n\n"
        "$m \\frac{dv}{dt} = mg - \\frac{B^2 L^2 v}{R}$\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front == "Conducting bar falling down"]


def test_a_connective_or_an_arrow_that_leads_into_a_working_is_no_term() -> None:
    note = (
        "### Marshallian Demand Function\n\n$x_1^* = \\frac{I}{p_1}$\n\n"
        "&rarr; similar: $x_2^* = \\frac{I}{p_2(1+\\frac{p_2}{p_1})}$\n\n"
        "* Because of:\n$x_1^* = \\frac{I}{p_1}$\n$x_2^* = \\frac{I}{p_2}$\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "similar" in card.front or "Because" in card.front]
    assert "leads into the working" in _why(extraction)[7]


def test_what_a_subject_is_said_to_be_stops_at_its_condition() -> None:
    note = (
        "# Magnetic Field\n\nThe force is $0$ when $\\vec{v}$ and $\\vec{B}$ have the same direction.\n\n"
        "Carbon is released to the atmosphere when fossil fuels are burned.\n"
    )
    fronts = _clozes(note)
    assert "The force is {{c1::$0$}} when $\\vec{v}$ and $\\vec{B}$ have the same direction." in fronts
    assert "Carbon is {{c1::released to the atmosphere}} when fossil fuels are burned." in fronts


def test_a_definition_wrapped_at_a_word_no_sentence_ends_on_is_not_made_bullets() -> None:
    note = (
        "# Standards\n\nKilogram:   Mass of a specific platinum–iridium alloy\n"
        "cylinder kept at the International Bureau of Weights and\nMeasures at Sèvres, France.\n"
    )
    (card,) = [card for card in _extract(note).cards if card.front == "Kilogram"]
    assert not re.search(r"^- ", card.back, re.MULTILINE) and "Weights and" in card.back


def test_a_word_set_in_bold_to_stress_a_value_is_not_what_is_hidden() -> None:
    note = "# Standards\n\nNote: The speed of light in vacuum is **precisely** $299 792 458$ $\\frac{m}{s}$.\n"
    (front,) = _clozes(note)
    assert "**precisely** {{c1::$299 792 458$ $\\frac{m}{s}$}}" in front


def test_details_and_thoughts_are_labels_of_the_author_not_topics() -> None:
    note = (
        "# Detail\n\n- *Absolute threshold*: min amount of stimulation for a person to detect a stimulus half the time\n"
        "- *JND*: just noticeable difference, the smallest detectable difference between two stimuli\n\n"
        "# Thoughts\n\n- The biological and physical part of sensation\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Absolute threshold" in fronts and "JND" in fronts
    assert not [front for front in fronts if "Detail" in front or "Thoughts" in front]


def test_a_bold_term_with_its_dash_inside_the_bold_is_a_definition() -> None:
    note = (
        "# Počítačové sítě\n\n**Kategorie 2 –** Určeno pro přenos dat s maximální šířkou pásma 1,5 MHz.\n\n"
        "**Tlustý koaxiální kabel (10 mm) -** špatně se s ním manipuluje, má dobré elektrické vlastnosti.\n"
    )
    cards = {card.front: (card.kind, card.back) for card in _extract(note).cards}
    assert cards["Kategorie 2"] == ("definition", "Určeno pro přenos dat s maximální šířkou pásma 1,5 MHz.")
    assert cards["Tlustý koaxiální kabel (10 mm)"][0] == "definition"


def test_a_bold_label_over_a_sentence_that_points_at_the_list_below_is_no_definition() -> None:
    note = (
        "# Sítě\n\n**Parametry kabelů**\n\nPodle těchto parametrů charakterizujeme jednotlivé typy kabelů.\n\n"
        "- **Útlum:** útlum je míra zeslabení signálu při průchodu kabelem, uvádí se v dB.\n"
        "- **Přeslech:** vzájemné ovlivnění více vodičů mezi sebou.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Parametry kabelů" not in fronts and "Útlum" in fronts


def test_a_generic_heading_beside_its_topic_heading_takes_it_in_the_front() -> None:
    note = (
        "## Double Hashing\n\nuses two hash functions\n\n## How it works\n"
        "- First hash function determines the initial probe position\n- the second one the step size\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Double Hashing — How it works" in fronts


def test_items_with_the_same_labels_are_records_whose_fields_are_asked_with_them() -> None:
    note = (
        "# Utwory\n- Bogurodzica\n    - epoka: `średniowiecze`\n    - gatunek: `pieśń/hymn`\n"
        "- Lalka _Bolesław Prus_\n    - epoka: `pozytywizm`\n    - gatunek: `powieść społeczno-obyczajowa`\n"
        "    - miejsce: `Warszawa`\n"
    )
    cards = {card.front: (card.kind, card.back) for card in _extract(note).cards}
    assert cards["Bogurodzica — epoka"] == ("definition", "`średniowiecze`")
    assert cards["Lalka Bolesław Prus — gatunek"] == ("definition", "`powieść społeczno-obyczajowa`")
    assert not [kind for kind, _back in cards.values() if kind == "enumeration"]


def test_a_line_about_the_notes_themselves_is_no_fact_and_an_expanded_crumb_gives_its_acronym_away() -> None:
    note = (
        "# Exam readiness\n\nNotes for [the Exam Readiness: AWS Certified Solutions Architect – Associate (Digital) course](https://example.com)\n\n"
        "## Storages\n\nThis section provides overview of different types of storages in AWS\n\n"
        "### Elastic Block Store (also connected to EC2 instance)\n\nEBS can be hosted on SSD or HDD\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not [front for front in fronts if "Solutions Architect" in front or "overview" in front]
    assert "{{c1::EBS}}" not in " ".join(fronts)
    assert 3 in _why(extraction)


def test_what_a_formula_means_and_what_its_condition_concludes_go_on_its_card() -> None:
    note = (
        "# Sets\n\n## Subsets\n\n$$A \\subseteq B$$\nThis means that A is a Subset of B\n"
        "- If every element that belongs to A also belongs to B\n\n"
        "## Cardinality\nIf there is an n such that $$|A|=n\\in\\mathbb{N}$$\nThe set A is finite, otherwise it is infinite\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "This means that A is a Subset of B" in cards["Subsets"] and "every element" in cards["Subsets"]
    assert cards["Cardinality"].endswith("The set A is finite, otherwise it is infinite")


def test_the_problems_of_the_kinds_listed_are_not_one_of_the_kinds() -> None:
    note = (
        "2. Egoism\n    - psychological\n        + Humans always do what's in their best interest\n"
        "    - ethical\n        + What is good is whatever is in your personal best interest\n"
        "    - problems\n        1. How would society work if everyone were ethical egoists?!\n"
    )
    (card,) = [card for card in _extract(note).cards if card.kind == "enumeration"]
    assert card.back == "- psychological\n- ethical"


def test_the_paragraph_that_states_the_headings_law_answers_it_not_the_first_one() -> None:
    note = (
        "# Magnetism\n\n## Gauss's Law for Magnetism\n\n"
        "The magnetic flux $\\phi_B$ a measure of the strength of a magnetic field passing through a surface.\n\n"
        "The unit of the magnetic flux is **weber** or $Wb$.\n\n"
        "The Gauss's law for magnetism states that the total magnetic flux through a closed surface is zero.\n\n"
        "## Route 53\n\nA managed DNS service.\n\nRoute 53 is a DNS service, GoDaddy is a Domain Registrar.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert cards["Gauss's Law for Magnetism"].startswith("The Gauss's law for magnetism states")
    assert cards["Route 53"].startswith("A managed DNS service.")


def test_a_table_of_contents_and_the_course_guide_are_no_facts_but_a_contents_heading_keeps_its_parts() -> None:
    note = (
        "# Samenvatting INST\n\n## Inhoudsopgave\n\n* [Netwerken](#netwerken)\n* [Lagen](#lagen)\n"
        "\t* [Transportlaag](#transportlaag)\n\t\t* [Connection-oriented transport](#c) (TCP)\n\t\t* [Connectionless transport](#u) (UDP)\n\n"
        "## Modulehandleiding\n\n### Competenties\n\n* Analyseren\n* Ontwerpen\n* Realiseren\n\n"
        "## Lesinhoud\n\n1. Introductie\n2. Applicatieprotocollen\n3. Transportprotocollen\n\n"
        "## Netwerklaag\n\nDHCP: deelt IP-adressen uit aan apparaten in een netwerk.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts == ["DHCP"]
    italian = "# italian\n\n# contents\n\n- pronouns\n- verbs\n\n## verbs\n\n- avere: to have\n- essere: to be\n"
    assert {card.front for card in _extract(italian).cards} >= {"avere", "essere"}


def test_the_acronyms_of_a_crumb_of_two_names_are_given_away_by_it() -> None:
    note = (
        "# Datalinklaag\n\n## Carrier Sense Multiple Access / Collision Detection\n\n"
        "Een persistent CSMA probeert meteen te verzenden.\n\nDe CD van CSMA/CD staat voor _Collision detection_.\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::CSMA" in front]


def test_a_heading_of_a_year_and_a_name_is_about_the_name() -> None:
    note = (
        "# US Environmental Policy\n\n## 1976 - Toxic Substances Control Act\n\n1. Purpose\n"
        "\t1. Authorize the EPA to issue rules and regulations for industrial chemicals.\n"
        "\t2. EPA could also ban chemicals that posed risks to human and environmental health\n"
    )
    cards = [card for card in _extract(note).cards if card.kind == "definition"]
    assert cards and cards[0].context[-1] == "Toxic Substances Control Act (1976)"
    assert "Toxic Substances Control Act" in cards[0].front


def test_what_the_file_is_and_what_to_go_over_again_are_remarks_not_facts() -> None:
    note = (
        "# GLY155\n\nA markdown file containing important notes for GLY155 - Semester Test 1.\n\n"
        "Review Titration if needed (from Chem Unit 4)\n\nPangaea broke up about 195 million years ago.\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Pangaea broke up about {{c1::195}} million years ago."]
    assert "remark" in _why(extraction)[3] and "remark" in _why(extraction)[5]


def test_a_word_alone_then_its_translation_under_a_label_is_a_definition_of_the_word() -> None:
    note = (
        "# Portuguese\n\n> Também\n\nTranslation: too, also, as well.\n\n---\n\n> Ser\n\n"
        "Translation: To be (permanent).\nDescription: Permanent, long lasting.\n\n---\n\n> Sopa\n\nTranslation: Soup\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Também"] == "too, also, as well."
    assert cards["Sopa"] == "Soup"
    assert cards["Ser"].startswith("To be (permanent).")
    assert "Translation" not in cards and "Description" not in cards


def test_a_definition_whose_answer_only_sets_up_the_notation_is_dropped() -> None:
    note = (
        "# Grafy\n\n## Składowe spójne\n\nMamy graf $G=(V,E, \\phi)$.\n\n"
        "## Current Loop\n\nLet the vector magnetic moment of a planar loop of current $I$ and enclosed area $A$ be $\\mu = IA$.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert "Składowe spójne" not in fronts and "Current Loop" in fronts
    assert "sets up the notation" in " ".join(_why(extraction).values())


def test_a_question_with_a_hint_is_answered_by_its_bullets_not_by_the_hint() -> None:
    note = (
        "## Questions\n- What were the long range AND immediate causes of the French Revolution? Think about political, economic, and social factors.\n"
        "  - One long range cause was that the Third Estate were sick of paying all the taxes.\n"
        "  - One immediate cause was the food shortage.\n"
    )
    (card,) = [card for card in _extract(note).cards if card.kind == "question"]
    assert "Third Estate" in card.back and "food shortage" in card.back and not card.back.startswith("Think")


def test_think_is_a_remark_label_not_a_term() -> None:
    note = "# Titration\n\n- Think: HA -> A$^-$ as titrant is added, and A$^-$ > HA after the halfway point.\n"
    assert not [card for card in _extract(note).cards if card.front == "Think"]


def test_a_question_asked_of_each_of_the_following_is_asked_of_each_child() -> None:
    note = (
        "- What role did each of the following play in the French Revolution:\n"
        "  - Lawyers\n    - Lawyers formulated a Constitution and set certain laws.\n"
        "  - Peasants\n    - The peasants had to pay heavy taxes.\n"
        "* Explain each of the following alignment techniques and provide one method for each\n"
        "  * Sequence - Profile\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "What role did Lawyers play in the French Revolution?" in fronts
    assert "What role did Peasants play in the French Revolution?" in fronts
    assert not [front for front in fronts if front.startswith("Explain Sequence")]


def test_a_chapter_and_page_of_the_book_is_no_term() -> None:
    note = (
        "# Immun\n\n### Kap 16, S 146\n\n- Komponenten des **adaptiven Immunsystems** werden für das Ziel maßgeschneidert.\n"
        "- Es kann sich an Feinde erinnern.\n"
    )
    assert not [card for card in _extract(note).cards if card.front.startswith("Kap 16")]


def test_the_author_speaking_and_a_page_to_see_are_no_facts() -> None:
    note = (
        "# Exam AZ-900\nI have finally passed my Exam AZ-900: Microsoft Azure Fundamentals with a score of 865.\n\n"
        "See Page 25 and 26 of 11th hour cissp on how to run the formula and a good example.\n"
    )
    assert _extract(note).cards == []


def test_a_break_after_the_answer_is_not_part_of_it() -> None:
    note = "# Utwory\n\n- Agresja Niemiec: Kampania polska '39 roku<br/>\n- Casus belli: Niemcy powołują się na ludność niemiecką<br>\n"
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs["Agresja Niemiec"] == "Kampania polska '39 roku"
    assert not [back for back in backs.values() if back.endswith((">", "<br"))]


def test_a_dash_glued_to_its_term_separates_it_and_a_definition_that_ends_on_questions_is_a_definition() -> None:
    note = (
        "## Assets and threats\nAsset- anything of value that can be compromised (physical, information, reputation)\n\n"
        "Due Care - you were following the best standards.  Responsible. Did you make an effort?\n\n"
        "Due Diligence:  you did your research to make an informed decisions.\n\n"
        "Vor- und Nachkalkulation mit Kostenüberdeckungen\n\nFor RA- variants read access is available\n"
    )
    cards = {card.front: (card.kind, card.back) for card in _extract(note).cards}
    assert cards["Asset"][0] == "definition" and cards["Due Care"][0] == "definition"
    assert cards["Due Diligence"] == ("definition", "you did your research to make an informed decisions.")
    assert not [front for front in cards if front in ("Vor", "For RA")]


def test_lists_with_the_same_labels_under_labels_of_their_own_are_records_too() -> None:
    note = (
        "# Spomin\n\n**Značilnosti senzornega spomina:**\n\n- shranjevanje: vidno, slušno, tipno\n"
        "- trajanje: nekaj sekund\n- izgube zaradi: časovnega bledenja\n\n"
        "**Značilnosti kratkoročnega spomina:**\n- **Shranjevanje:** vidno, slušno, pomensko\n"
        "- **Trajanje:** 15–40 s\n- **Izgube zaradi:** časovnega bledenja, distraktorjev\n"
    )
    cards = {card.front: card.kind for card in _extract(note).cards}
    assert cards.get("Značilnosti senzornega spomina — trajanje") == "definition"
    assert cards.get("Značilnosti kratkoročnega spomina — Trajanje") == "definition"
    assert "enumeration" not in cards.values()


def test_an_edge_between_two_nodes_is_no_term_and_its_meaning() -> None:
    note = "#### Graph\n- Maintain wait-for graph\n\t- Nodes are processes\n\t- Pi -> Pj if Pi is waiting for Pj\n\n- AやB -> A and B, for example\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Pi" not in cards and "Pi -> Pj if Pi is waiting for Pj" in cards.get("Maintain wait-for graph", "")
    assert cards.get("AやB") == "A and B, for example"


def test_what_a_worked_exercise_is_given_or_asked_is_no_fact() -> None:
    note = "## Monochord\n\nGeg: $l = 0{,}5\\,m$\n\nGes: `c`\n\nGiven: a string of length 0.5 m\n"
    extraction = _extract(note)
    assert extraction.cards == []
    assert "worked exercise" in _why(extraction)[5]


def test_a_sentence_that_goes_on_from_the_one_before_is_no_fact_of_its_own() -> None:
    note = (
        "# Regex\n\nRegular expressions are built around atoms. Third is indicating where to find the next character.\n\n"
        "Das Lymphsystem transportiert Abfälle aus deinem Körper. Aber es übernimmt noch andere Aufgaben.\n\n"
        "Both of them are dominated by the remaining 9 positions.\n"
    )
    fronts = " ".join(_clozes(note))
    assert "Third is {{" not in fronts and "Aber es" not in fronts and "Both of them are {{" not in fronts


def test_a_colon_inside_emphasis_opened_mid_line_is_no_separator() -> None:
    note = "# AZ-900\n\nThis section of the repository aims towards _AZ-900: Microsoft Azure Fundamentals_ with the help from a course.\n"
    assert not [card for card in _extract(note).cards if card.kind == "definition"]


def test_a_numbered_question_heading_in_any_language_is_asked() -> None:
    note = (
        "# Oprendszerek\n\n##### 1. Mi a szemafor?\n   - Dijkstra javasolja, egy változótípus.\n\n"
        "##### 1. Mi a CHS címzés?\n   - Cylinder-Head-Sector, mágneslemeznél adatok címzésére használjuk\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    assert cards["Mi a szemafor?"].kind == "question" and "Dijkstra" in cards["Mi a szemafor?"].back
    assert "Cylinder-Head-Sector" in cards["Mi a CHS címzés?"].back


def test_a_title_whose_one_line_says_what_it_is_is_defined_over_its_parts() -> None:
    note = (
        "# Rectifiers\na circuit that converts ac voltage to dc\n\n## Half-wave Rectifier\n\n"
        "a circuit that eliminates either positive or negative alternations of a signal\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Rectifiers"] == "a circuit that converts ac voltage to dc"
    assert "Half-wave Rectifier" in cards
    about = "# Networking\nThese are my notes for the course\n\n## TCP\n\nTCP is a connection-oriented protocol.\n"
    assert "Networking" not in {card.front for card in _extract(about).cards}


def test_a_glossary_of_headings_keeps_its_short_answers() -> None:
    note = (
        "# DNA\n\nDeoxyribonucleic acid\n\n## Structure\n\nA lattice of sugar and phosphates.\n\n"
        "# Genom\n\nArvestoff.\n\n# Plasmid\n\nRing av DNA i prokaryote celler.\n\n"
        "# Haploid\n\n23 kromosoner\n\n# Diploid\n\n46 kromosoner\n\n# Templattråd\n\n# Gen\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["DNA"] == "Deoxyribonucleic acid"
    assert cards["Genom"] == "Arvestoff." and cards["Haploid"] == "23 kromosoner"


def test_a_number_given_as_an_example_is_never_hidden() -> None:
    note = (
        "# TCP\n\nWhen PC1 sends the SYN message, it sets a random initial sequence number, 10 for example. "
        "When SYN-ACK is sent back, it sets its own random initial sequence number, let's say 50.\n\n"
        "The TCP header is at least 20 bytes long.\n"
    )
    fronts = " ".join(_clozes(note))
    assert "{{c1::10}}" not in fronts and "{{c1::50}}" not in fronts
    assert "at least {{c1::20}} bytes" in fronts


def test_things_to_remember_is_a_remark_not_a_term() -> None:
    note = (
        "# TCP\n\nThings to remember:\n\n- Hosts set a random initial sequence number.\n"
        "- Forward acknowledgement is used to indicate the sequence number of the next segment the host expects.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Things to remember" not in cards
    assert "next segment" in cards["Forward acknowledgement"]


def test_a_break_at_the_end_of_a_line_of_a_card_is_dropped() -> None:
    note = (
        "# SC-900\n\n## Zero Trust model<br />\n\n- The principle that nothing is secure, even behind the firewalls.\n"
        "- A password alone is not sufficient<br />\n- Users get access only to the apps and data they need.\n"
    )
    card = _extract(note).cards[0]
    assert card.front == "Zero Trust model"
    assert "<br" not in card.back and "not sufficient\n" in card.back


def test_a_name_wrapped_onto_the_next_line_of_a_hard_wrapped_paragraph_is_hidden_whole() -> None:
    note = (
        "# TCP & UDP\n\nTCP and UDP are Layer 4 protocols. UDP is connectionless.\n\n"
        "The method TCP uses to establish connections is called the TCP Three-Way\n"
        "Handshake. It has that name because it involves three messages sent between the\nhosts.\n"
    )
    assert any("{{c1::TCP Three-Way Handshake}}" in front for front in _clozes(note))


def test_an_exercise_over_its_hidden_solution_is_one_question() -> None:
    note = (
        "# Tangent planes\n\n**Question 1:** Given the function $f(x,y) = x^{2} + 2y^{2}$ find the tangent plane at the point $(1, -1)$\n"
        "<details>\n  <summary>Solution</summary>\n  Finding the partial derivatives at $(1,-1)$\n  $$f(1, -1) = 3$$\n"
        "  Finding our tangent plane equation\n  $$T(x,y) = 2(x-1) -4 (y+1) + 3$$\n</details>\n\n"
        "**Shimamota Question 4.1.1:**\n<details>\n  <summary>Part A Solution</summary>\n"
        '  <img src="https://example.com/image13.png" alt="4.1.1.a">\n</details>\n'
    )
    extraction = _extract(note)
    [card] = extraction.cards
    assert card.kind == "question" and card.front.startswith("Given the function")
    assert "T(x,y) = 2(x-1)" in card.back
    assert any("does not give" in why for why in _why(extraction).values())


def test_a_heading_over_the_definition_of_another_bold_term_does_not_take_it() -> None:
    note = (
        "# Organic Chemistry\n\n## Nomenclature\n\n### Alkyls\n\n"
        "An **alkane** is an organic molecule with **only single carbon-to-carbon bonds**\n\n"
        "An **alkene** is an organic molecule with **one or more double carbon-to-carbon bonds**\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Alkyls" not in cards
    assert "only single carbon-to-carbon bonds" in cards["alkane"]


def test_an_operator_of_a_formula_written_in_words_is_never_hidden() -> None:
    note = (
        "# Regression\n\n- Cost function = the error of the model\n  + The cost function:\n"
        "    - J(theta) = (1/m) Sum from i = 1 to m of cost(h(x), y)\n    - cost(h(x), y) = -log(h(x)) if y = 1\n"
        "    - Note: y is always 0 or 1\n  + Gradient descent minimizes J step by step:\n"
        "    - theta = theta - alpha * Sum from i = 1 to m of [h(x) - y] * x\n"
    )
    assert not any("{{c1::Sum}}" in front for front in _clozes(note))


def test_an_item_that_goes_on_from_the_line_above_is_no_fact_of_its_own() -> None:
    note = (
        "# Marx\n\n#### Alienation\n\n- Workers suffer from alienation\n\t- Little control over how they do their work\n"
        "\t- From the product\n\t- From the means of production\n\t- From each other\n"
    )
    extraction = _extract(note)
    assert not any("production" in card.front for card in extraction.cards)
    assert "goes on from the line above" in _why(extraction)[8]


def test_an_answer_that_is_the_topic_the_breadcrumb_names_is_reported() -> None:
    note = (
        "# Kaufvertrag\nEin Kaufvertrag entsteht durch zwei übereinstimmende Willenserklärungen.\n\n"
        "Angebot , dann  Bestellung = Kaufvertrag\n\nBestellung, dann Bestellungsannahme = Kaufvertrag\n"
    )
    extraction = _extract(note)
    assert all(card.back != "Kaufvertrag" for card in extraction.cards)
    assert "breadcrumb names" in _why(extraction)[4]


def test_an_example_exchange_of_messages_is_no_terms_and_meanings() -> None:
    note = (
        "# TCP\n\nTCP uses forward acknowledgement.\n\n**PC1 --> PC2**\n\n1. PC1: Seq 10\n2. PC2: Seq 50, Ack 11\n"
        "3. PC1: Seq 11, Ack 51\n4. PC2: Seq 51, Ack 12\n"
    )
    extraction = _extract(note)
    assert not any(card.front in ("PC1", "PC2") for card in extraction.cards)
    assert "example exchange" in _why(extraction)[8]


def test_a_spaced_repetition_card_whose_question_mark_ends_the_paragraph_takes_the_list_below() -> None:
    note = "## Chapter 8\n\nHIV subtypes\n?\n- HIV-1\n\t- Primary type\n- HIV-2\n\t- Primarily West Africa\n<!--SR:!2024-10-02,1,170-->\n"
    [card] = _extract(note).cards
    assert card.kind == "explicit" and card.front == "HIV subtypes"
    assert "HIV-2" in card.back and "?" not in card.front


def test_a_note_of_semicolon_cards_cuts_its_cards_of_several_lines_with_two_commas() -> None:
    note = (
        "an unsound argument ;; fallacy\n\n"
        "Moral reasoning involves two things:\n,,\n- a set of reasons\n- a conclusion derived from the reasons\n\n"
        "Basic rule of fallacies\n,,\n1. When the premises are irrelevant\n2. When the premises are not enough\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    assert cards["an unsound argument"].back == "fallacy"
    assert "a conclusion derived from the reasons" in cards["Moral reasoning involves two things:"].back
    assert "premises are not enough" in cards["Basic rule of fallacies"].back and ",," not in cards["Basic rule of fallacies"].back


def test_a_bullet_that_only_numbers_a_quiz_question_asks_its_stem_with_the_answer_the_note_says_is_right() -> None:
    note = (
        "- Question 1\n    - Which cache level sits closest to the core?\n\n"
        "    - 📌Selected Answer: L3 (x)\n    - Answers: L2 / **L1** / L3 / RAM\n\n"
        "- Question 2\n    - DRAM must be refreshed periodically to keep its data\n\n    - Selected Answer: True\n\n"
        "- Question 3\n    - Convert the signed binary number (1100)2 to decimal\n"
        "    - 📌Selected Answer: 12\n    - Ans: -4\n    - the sign bit is set, so subtract 16\n\n"
        "- Question 4\n    - What does a linker combine?\n    - 📌Selected Answer: [None Given]\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert cards["Which cache level sits closest to the core?\n\nL2 / L1 / L3 / RAM"].back == "L1"
    assert cards["True or false: DRAM must be refreshed periodically to keep its data"].back == "True"
    converted = cards["Convert the signed binary number (1100)2 to decimal"]
    assert converted.back == "-4" and "subtract 16" in converted.extra
    assert not [front for front in cards if "linker" in front or front.startswith("Question")]
    assert "no right answer" in _why(extraction)[18]


def test_a_line_that_is_only_a_file_name_is_no_fact() -> None:
    note = "## Chapter 8\n[[Nursing Health and Illness II Chapt 8 with audio.pptx]]\nNursing Care of Patients With Infections\n"
    extraction = _extract(note)
    assert not any(".pptx" in card.front for card in extraction.cards)
    assert "name of a file" in _why(extraction)[2]


def test_a_definition_that_announces_ways_takes_the_list_under_it() -> None:
    note = (
        "# SC-900\n\n**Device identity**: This can be set up in different ways<br />\n"
        "1. Microsoft Entra registered devices: For BYOD users to access your resources.<br />\n"
        "2. Microsoft Entra joined: Organization owned devices joined to Entra ID.<br />\n"
        "3. Microsoft Entra hybrid joined devices: To control devices that are AD and Entra ID joined.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Microsoft Entra hybrid joined devices" in cards["Device identity"]


def test_a_displaystyle_formula_under_its_picture_is_what_the_sentence_leads_into() -> None:
    note = (
        "# Tensor networks\n\n### Gauge transformations\nGauge transformations are represented by Jacobians as,\n\n"
        "![[Drawing 2022-06-25 18.01.02.excalidraw.svg]]\n%%[[Drawing 2022-06-25 18.01.02.excalidraw.md|Edit in Excalidraw]]%%\n\n"
        "$\\displaystyle{J = \\frac{\\partial \\widetilde{\\phi}}{\\partial \\phi}}$\n"
    )
    [card] = _extract(note).cards
    assert card.front.startswith("Gauge transformations are represented by Jacobians")
    assert card.back.startswith("$$") and "\\widetilde{\\phi}" in card.back


def test_what_the_exam_asks_of_you_and_the_authors_plans_are_no_facts() -> None:
    note = (
        "# TCP & UDP\n\nTCP and UDP are Layer 4 protocols. You must be able to compare them for the CCNA.\n\n"
        "There are four learning paths to prepare for the SC-900\n\nThe course code for this page is CHW3MZ.\n\n"
        "## List of Functional Groups\n\nI will put a table of useful functional groups here.\n"
    )
    fronts = " ".join(card.front for card in _extract(note).cards)
    assert "CCNA" not in fronts and "SC-900" not in fronts and "CHW3MZ" not in fronts
    assert "Functional Groups" not in fronts


def test_a_bold_line_opened_by_a_dash_is_a_tag_of_the_heading_not_a_term() -> None:
    note = (
        "# Causes of the Chinese Civil War\n\n### Tradition and class structure\n**— Long-term structural social**\n\n"
        "China operated under a **patriarchy** and had traditions thought to be conservative.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not any(front.startswith("—") for front in fronts)
    assert any("{{c1::patriarchy}}" in front for front in fronts)


def test_a_remark_on_how_hard_something_is_to_learn_is_no_fact() -> None:
    note = (
        "# Organic Chemistry\n\n#### Rules for Ketones\n\nNaming ketones is slightly more difficult.\n\n"
        "1. Ketones take precedence over alkyls, alcohols, and ethers.\n\n## ADT\n\n"
        "A good ADT is simple, coherent, adequate, and representation independent.\n"
    )
    extraction = _extract(note)
    assert "Rules for Ketones" not in {card.front for card in extraction.cards}
    assert "how hard" in _why(extraction)[5]
    assert any("ADT is simple" in card.front + card.back for card in extraction.cards)


def test_a_long_description_then_the_name_it_is_called_hides_the_name() -> None:
    note = (
        "# Rectifiers\n\n#### Power supply filters\n\nfiltering is the process of smoothing the ripple from the rectifier\n\n"
        "the variation in output voltage that occurs as the capacitor is discharging is called the ripple voltage\n"
    )
    assert any(front.endswith("is called the {{c1::ripple voltage}}") for front in _clozes(note))


def test_a_heading_over_a_link_or_an_instruction_asks_nothing() -> None:
    note = (
        "# Motivation\n\n## Theories - Instincts and Evolutionary Psychology\n[[perspectives for understanding motivated behaviors]]\n\n"
        "## Sexual Motivation\n\nNotice similarities to eating disorder/obesity factors\n\n![](sexual-motivation.png)\n"
    )
    assert _extract(note).cards == []


def test_a_question_item_then_an_answer_item_is_one_question() -> None:
    note = (
        "# Orders\n\nAs an aside...\n\n- ***Question:***  \n    In the above set `S`, how is `{a}` related to `{b,c}`?  \n"
        "- ***Answer:***  \n    It's not!   \n    A partial order cannot relate every member of the set to every other member.\n"
    )
    [card] = _extract(note).cards
    assert card.kind == "question" and card.front.startswith("In the above set")
    assert "It's not!" in card.back and "partial order" in card.back


def test_a_heading_in_a_quote_is_read_and_a_break_parts_a_law_from_its_formula() -> None:
    note = (
        "# Aula 1 Cap 21 Física 3\n\n>## Lei de Coulomb <br> $ F = \\frac{1}{4 \\pi \\epsilon_0} \\frac{|q_1| |q_2|}{r^2} $\n\n"
        ">## Carga elementar <br> $ e = 1,602 \\cdot 10^{-19} C $\n\n## Campo elétrico <br> $ E = \\frac{kq}{r^2} $\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Lei de Coulomb"].startswith("$ F = \\frac{1}")
    assert cards["Carga elementar"] == "$ e = 1,602 \\cdot 10^{-19} C $"
    assert cards["Campo elétrico"] == "$ E = \\frac{kq}{r^2} $"


def test_a_gloss_that_says_the_hidden_word_again_is_hidden_with_it() -> None:
    note = (
        "# Química\n\n## Valence Bond Theory\n\nHasta ahora hablamos de uniones covalentes.\n\n"
        "Cuando los atomos estan cerca combinan sus orbitales. Este proceso se conoce como **hybridization** (hibridacion) "
        "y los nuevos orbitales se llaman orbitales hibridos.\n"
    )
    assert any("{{c1::**hybridization** (hibridacion)}}" in front for front in _clozes(note))


def test_a_formula_over_a_rule_is_no_heading_and_is_reported() -> None:
    note = "# Física 3\n\n## Lei de Coulomb\n\nA força entre duas cargas.\n\n$\\varepsilon_0 =  8.85 × 10^{−12} C^2/N · m^2 $\n---\n\nMais texto aqui.\n"
    extraction = _extract(note)
    assert 7 in _why(extraction) or any(card.source.line == 7 for card in extraction.cards)


def test_an_escaped_mark_before_a_colon_is_a_footnote_not_a_term() -> None:
    note = (
        "# Chapter 24 and 25\n\n| Form | Liability |\n|---|---|\n| Partnership | yes* |\n\n"
        "\\*: has personal liability, BUT only responsible for your own tort\n\n- Regex `*`: zero or more occurrences\n"
    )
    extraction = _extract(note)
    assert not any(card.front in ("\\*", "*") and "tort" in card.back for card in extraction.cards)
    assert "footnote" in _why(extraction)[7]


def test_numbered_review_questions_take_the_answers_of_their_numbers_from_an_answers_section() -> None:
    note = (
        "Exam Tips - Direct Connect\n======\n\n### Review Questions\n\n1.  What is AWS Direct Connect?\n"
        "2.  Is Direct Connect an internet based connection?\n3.  What bandwidths are available? (2)\n\n"
        "### Answers\n\n1.  Dedicated network connection from your premises to AWS\n2.  No\n3.  10 Gbps; 1 Gbps\n"
    )
    cards = {card.front: card for card in _extract(note).cards if card.kind == "question"}
    assert cards["What is AWS Direct Connect?"].back == "Dedicated network connection from your premises to AWS"
    assert cards["Is Direct Connect an internet based connection?"].back == "No"
    assert cards["What bandwidths are available? (2)"].back == "10 Gbps; 1 Gbps"
    assert cards["What is AWS Direct Connect?"].context[0] == "Direct Connect"  # (``Exam Tips - X`` is about X)


def test_the_course_guidance_and_its_graded_task_are_no_facts() -> None:
    note = (
        "# Temática C\n\n## Orientação de estudos\n\nEntendemos que, ao longo de nossas vidas, nos deparamos com pessoas "
        "em diferentes etapas do **ciclo vital**.\n\n## [Atividade Avaliativa - 1C](https://example.org/launch)\n\n"
        "Responda o questionário.\n\n- Para continuar, **clique no link da atividade** e clique em continuar.\n"
    )
    extraction = _extract(note)
    assert extraction.cards == []
    reasons = _why(extraction)
    assert "no facts" in reasons[3] and "no facts" in reasons[7]


def test_a_numbered_question_heading_keeps_its_answer_over_a_blank_teachers_answer() -> None:
    note = (
        "# Temática C\n\n### PERGUNTA 6\n\nConceitue “construção social”.\n\nÉ uma invenção de uma determinada cultura.\n\n"
        "#### Resposta professor:\n\n\\-\n\n### PERGUNTA 10\n\nO termo velhice é equivocado.\n\n- Verdadeiro\n\n- **Falso**\n\n"
        "#### Resposta professor:\n\n\\-\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Conceitue “construção social”."] == "É uma invenção de uma determinada cultura."
    assert cards["O termo velhice é equivocado.\n\n- Verdadeiro\n- Falso"] == "Falso"
    assert not any(front.startswith("PERGUNTA") for front in cards)


def test_a_result_under_its_name_is_asked_by_the_name_and_icons_are_not_words() -> None:
    note = (
        ">Bernoulli's law of large number\n>\n\n:material-cards-diamond-outline: Let $n_{A}$ be the number of times that "
        "event $A$ occurs in $n$ independent trials. Let $p=P(A)$, then to any $\\epsilon>0$, we have:\n\n"
        "$$\n\\lim_{n \\to \\infty}P\\left(\\left\\vert \\frac{n_{A}}{n}-p\\right\\vert \\geq \\epsilon\\right)=0\n$$\n\n"
        ">:star: Khintchine's law of large number :star:\n>\n\n:material-cards-diamond-outline: Let $X_1, X_2, \\cdots$ be "
        "a sequence of independent random variables with $E(X_i)=\\mu$. Then to any $\\epsilon>0$, we have:\n\n"
        "$$\n\\lim_{n \\to \\infty}P\\left(\\left\\vert \\frac{1}{n}\\sum_{i=1}^{n}X_i-\\mu\\right\\vert \\geq \\epsilon\\right)=0\n$$\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Bernoulli's law of large number"].startswith("Let $n_{A}$ be the number of times")
    assert "\\frac{n_{A}}{n}-p" in cards["Bernoulli's law of large number"]
    assert "X_i-\\mu" in cards["Khintchine's law of large number"]  # (the same words over another formula: no twin)
    assert not any(":material" in front or ":material" in back or ":star:" in front for front, back in cards.items())


def test_a_return_to_an_earlier_topic_and_the_notes_own_purpose_are_no_definitions() -> None:
    note = (
        "# About\n\nSome general notes once RHCSA falls into view\n\n# Part II\n\n## 3 Newton's method.\n"
        "Return to logistic regresion.\nNewton's method performs the following update on $\\theta$ until $f(\\theta) = 0$.\n"
    )
    fronts = {card.front: card.back for card in _extract(note).cards}
    assert "About" not in fronts
    assert not any(back.startswith("Return to") for back in fronts.values())


def test_a_latex_equation_environment_on_lines_of_its_own_is_display_math() -> None:
    note = (
        "## Electrostatics\n\nPoisson's equation for electrostatics is \n\n\\begin{equation}\n\\nabla^2 V = -\\frac{\\rho}{\\epsilon_0}\n"
        "\\end{equation}\n\nGauss's law in differential form is\n\\[\n\\nabla \\cdot E = \\frac{\\rho}{\\epsilon_0}\n\\]\n"
    )
    extraction = _extract(note)
    backs = {card.front: card.back for card in extraction.cards}
    assert backs["Poisson's equation for electrostatics is"] == "$$\n\\nabla^2 V = -\\frac{\\rho}{\\epsilon_0}\n$$"
    assert backs["Gauss's law in differential form is"] == "$$\n\\nabla \\cdot E = \\frac{\\rho}{\\epsilon_0}\n$$"
    assert not any("math written outside" in reason for reason in _why(extraction).values())


def test_a_tab_between_a_term_and_its_meaning_in_a_list_item_separates_them() -> None:
    note = (
        "## attack ##\n\n1. replay attack\n2. teardrop attack\toverlapping IP fragment\n3. Smurf \t\tICMP\n"
        "4. Sybil attack\tan attacker works with multiple forged identities\n\n## Vocab\n\n- 1つ\tHITOTSU\n- ICHIGATSU\t(Enero)\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert cards["teardrop attack"] == "overlapping IP fragment"
    assert cards["Smurf"] == "ICMP"
    assert cards["Sybil attack"].startswith("an attacker works")
    assert not any(front.startswith(("1つ", "ICHIGATSU:")) or back.startswith("(") for front, back in cards.items())


def test_a_proof_opened_in_italics_is_no_fact_and_a_definition_of_a_thing_is_about_the_thing() -> None:
    note = (
        "# Introduction to subspaces\n\n## $span S$ is the smallest subspace containing $S$\n### Preliminary definition\n"
        "For any subset $S$ of $V$, define $<S>$ as the intersection of all subspaces that contain $S$.\n\n"
        "## The lattice of subspaces\n### Definition of sums\nThe **sum** of a collection of subspaces is the span of their union.\n\n"
        "## Unique representation\nIf $V = A \\oplus B$, each $v$ is $a + b$ for a unique pair.\n\n"
        "*Proof:* It was previously proved that at least one such pair exists. So in fact the pair is unique.\n"
    )
    cards = _extract(note).cards
    assert not any("previously proved" in card.front for card in cards)
    fronts = {card.front: card for card in cards}
    assert "sums" in fronts and "of sums" not in fronts
    assert fronts["Preliminary definition"].context[-1] == "$span S$ is the smallest subspace containing $S$"


def test_a_heading_over_a_sentence_that_defines_another_thing_asks_for_that_thing() -> None:
    note = (
        "# 2. Peterson\n\n## Game theory\n\nA decision made in ignorance is the position in which the player knows the "
        "choices and outcomes. But doesn't know the probabilities to these outcomes.\n\n## Subjectivism\n\n"
        "The denial of value is at the heart of **subjectivism**. The theory is a called nihilism.\n"
    )
    cards = _extract(note).cards
    fronts = {card.front: card.back for card in cards if card.kind == "definition"}
    assert fronts["decision made in ignorance"].startswith("the position in which the player knows")
    assert "Game theory" not in fronts
    assert not any("a called nihilism" in card.front for card in cards)


def test_a_wide_space_typed_to_indent_a_line_is_no_text_of_the_card() -> None:
    note = (
        "# Economics\n\n## Crowding out\n&emsp; The fall in private investment caused by higher interest rates after "
        "government spending rises.\n\n## Automatic stabilisers\n&emsp; &emsp; Taxes and transfers&emsp;that damp the cycle without any decision.\n"
    )
    cards = _extract(note).cards
    assert cards and not any("&emsp;" in card.front or "&emsp;" in card.back for card in cards)


def test_what_the_lecture_is_is_no_fact_of_its_subject() -> None:
    note = (
        "# Direct Connect\n\n8 Minute Lecture detailing what you need to know about Direct Connect for the exam.\n\n"
        "AWS Direct Connect is a dedicated network connection from your premises to **AWS**.\n"
    )
    extraction = _extract(note)
    assert not any("Minute Lecture" in card.front for card in extraction.cards)
    assert "remark" in _why(extraction)[3]


def test_a_sentence_that_ends_before_the_colon_is_no_term() -> None:
    note = "# 宏观经济政策\n\n1. 宏观经济政策是政府运用政策工具调节宏观经济的运行。政策目标：充分就业、经济增长、物价稳定。\n2. 财政政策：政府调整收支的措施。\n"
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert not any("。" in front for front in cards)
    assert cards.get("财政政策") == "政府调整收支的措施。"


def test_an_exercise_that_matches_two_columns_pairs_each_description_with_its_name() -> None:
    note = (
        "# Temática C\n\n### PERGUNTA 5\n\nO que caracteriza a fase adulta?\n\nA: Desenvolvimento físico\n\n"
        "B: Desenvolvimento cognitivo\n\nRelacione as colunas\n\n- [ A ] Crescimento do corpo e do cérebro.\n\n"
        "- [ B ] Padrão de mudança nas habilidades mentais, tais como memória e linguagem.\n"
    )
    extraction = _extract(note)
    cards = {card.front: card.back for card in extraction.cards}
    assert cards["Desenvolvimento físico"] == "Crescimento do corpo e do cérebro."
    assert cards["Desenvolvimento cognitivo"].startswith("Padrão de mudança nas habilidades mentais")
    assert not any(front.startswith("O que caracteriza") for front in cards)
    assert 5 in extraction.covered


def test_an_example_label_an_idea_label_and_a_word_after_an_arrow_are_no_terms_or_names() -> None:
    note = (
        "# Lezione\n\n## Scheduling Round-Robin\n\nL'utilizzo del suo quanto di tempo --> Nello stato di bloccato.\n\n"
        "Qui il concetto rimane lo stesso ma la condizione non e' piu' SJF ma -->\n\n"
        "### Sistemi interattivi e priorita'\n\n- Ad esempio: processi piu' piccoli piu' ad alta priorita'.\n"
        "- Idea = valutare l'intervallo di tempo effettivamente usato dal processo.\n"
    )
    cards = _extract(note).cards
    assert not any("{{c1::Nello}}" in card.front or "{{c1::SJF}}" in card.front for card in cards)
    fronts = [card.front for card in cards]
    assert "Ad esempio" not in fronts and "Idea" not in fronts
    assert "Sistemi interattivi e priorita' — Idea" in fronts


def test_study_directives_sources_outcomes_and_stamps_are_no_facts() -> None:
    note = (
        "---\nlayout: post\n---\n\nSearchterms:\n<span class = 'blue'>Friday, March 25th 2022, 1:01:39 am</span>\n\n"
        "# Chapter 2 – Conduction\n\n## Intended Learning Outcomes\n\n- Students will be able to understand the concepts of\n"
        "    - Heat Sources\n    - Extended Surfaces\n\n## Summary\n\n- Understand **network topologies** and the role of SOHO routers.\n"
        "- Know how to convert between binary and decimal for IP calculations.\n\n## Treatment\n\nReferences:\n\n"
        "- The Washington Manual of Medical Therapeutics 35e\n- Uptodate: \"Diabetic ketoacidosis in adults: Treatment\"\n\n"
        "## Axiome der Volkswirtschaft\n- Unbeschränkte Bedürfnisse stehen begrenzen Ressourcen gegenüber\n"
        "- Heisst: Man muss ständig entscheiden, was man mit den Ressourcen anstellt\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not any(front in ("Searchterms", "References", "Uptodate", "Heisst") for front in fronts)
    assert not any("Understand" in front or "Know how to" in front or "Heat Sources" in card.back for front, card in zip(fronts, extraction.cards, strict=True))
    why = _why(extraction)
    assert "date and time" in why[5] and "references" in why[23] and "learning objective" in why[18]


def test_a_range_written_with_a_tilde_is_hidden_whole() -> None:
    from notedeck.extract.facts import _ranges_whole

    text = "Give 0.9% saline 10~14 mL/kg/h for the first couple hours."
    start = text.index("10")
    assert _ranges_whole(text, [(start, start + 2), (start + 3, start + 5)]) == [(start, start + 5)]
    text = "over 12～24 hours"
    assert _ranges_whole(text, [(5, 7), (8, 16)]) == [(5, 16)]


def test_a_name_set_off_by_a_comma_and_what_it_is_is_a_definition() -> None:
    note = (
        "# Acute inflammation\n\n## Blood vessels:\nThere are two main forms of fluid which can leak from the vessels, they are:\n"
        "- Exudate, which is fluid that is rich in proteins, cell debris, and some RBCs.\n"
        "- Transudate, which is a fluid with low protein content.\n\n## Tense\n"
        "- The subject is away doing some activity, which is when you'd use zijn with the infinitive.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert cards["Exudate"] == "fluid that is rich in proteins, cell debris, and some RBCs."
    assert cards["Transudate"] == "a fluid with low protein content."
    assert not any(front.startswith("The subject") for front in cards)


def test_an_emoji_before_a_numbered_part_does_not_hide_its_name() -> None:
    note = (
        "# CompTIA Network+\n\n## 📘 Module 1: Explaining Network Topologies\n\n### 🔧 Lesson 1.4: Troubleshooting Methodology\n\n"
        "#### 🧠 Techniques:\n- Top-to-Bottom\n- Bottom-to-Top\n- Divide-and-Conquer\n"
    )
    (card,) = [card for card in _extract(note).cards if card.kind == "enumeration"]
    assert card.context[1:3] == ("Explaining Network Topologies", "Troubleshooting Methodology")


def test_a_list_of_places_only_is_no_enumeration() -> None:
    note = (
        "# Animalia\n\n### Porifera\n- Consists of 3 layers of cells\n    - Outer: flattened cells (**pinacocytes**)\n"
        "    - Middle: a jelly-like layer (**mesohyl**)\n    - Inner: flagellated cells (**choanocyte**)\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration"]
    assert any(card.front.endswith("Inner") or card.front == "Inner" for card in cards)


def test_a_sentence_opening_in_which_case_needs_the_one_before() -> None:
    note = (
        "# Rachels\n\n## The utilitarian approach\n\nUtilitiarians value pleasure a lot.\n\nAnimals can suffer, thus they can be "
        "unhappy. In which case the Utilitiarians will say morality applies to animals as well. Humans and nonhumans are "
        "equally entitled to moral concern.\n"
    )
    assert not any("In which case" in front for front in _clozes(note))


def test_a_day_beside_an_abbreviated_month_ends_no_sentence_and_counted_kinds_are_aspects() -> None:
    note = (
        "# Machtübertragung\n\n## Zeitstrahl\n\n- Feb. 4. 1933: Notverordnungen zum Schutz des Deutschen Volkes\n"
        "- März 1933: Ermächtigungsgesetz\n\n#### VPC Endpoints\n\n* **Use Case**: When you want to connect AWS services "
        "without leaving the Amazon internal network\n* **2 Types of VPC Endpoints**: Interface endpoints and gateway endpoints\n"
        "* **Gateway Endpoints**: Supports S3 and DynamoDB\n"
    )
    cards = _extract(note).cards
    assert not any(card.front.startswith("1933: Notverordnungen") for card in cards)
    assert not [card for card in cards if card.kind == "enumeration" and "VPC Endpoints" in card.front]


def test_what_a_hidden_acronym_stands_for_is_hidden_with_it() -> None:
    note = (
        "# OSPF Key Concepts\n\n## General Concepts\n\n- OSPF divides a network into **areas** to keep the LSDB small.\n"
        "- Routers with interfaces in multiple areas are called ABRs (Area Border Routers).\n"
        "- ABRs connect at most two areas to the backbone.\n"
    )
    clozes = _clozes(note)
    assert any("{{c1::ABRs (Area Border Routers)}}" in front for front in clozes)
    assert not any("{{c1::ABRs}} (Area" in front for front in clozes)


def test_examples_with_nothing_said_of_them_and_the_day_of_the_note_make_no_card() -> None:
    note = (
        "Here we go\n\nToday = 2024-10-24\n\n# Insider groups\n\n"
        "💡 similar elite backgrounds => relations between private interests and government improve\n\n"
        "Ex: **Oxford** and **Cambridge University** and the **London clubs in Britain**\n\n"
        "Eg: China was defensive realist during 1962 for the land dispute with India.\n"
    )
    cards = _extract(note).cards
    assert not any(card.front.startswith("Today") for card in cards)
    assert not any("Oxford" in card.front for card in cards)
    assert any("1962" in card.front for card in _extract(note).cards if card.kind == "cloze")


def test_items_typed_with_a_glyph_are_apart_and_a_clause_header_is_a_row() -> None:
    note = (
        "# Pessoa jurídica\n\nPAROU AQUI:\n➔ Fundações,\n➔ Associações,\n➔ Partidos Políticos,\n\n"
        "# 相量\n\n- 相量的**四则运算**\n\n| 加/减 | 实部与实部相加/减, 虚部与虚部相加/减 |\n| --- | --- |\n"
        "| 乘/除 | 模相乘/除, 幅角相加/减 |\n"
    )
    cards = _extract(note).cards
    assert not any("Associações" in card.front for card in cards)
    assert not [card for card in cards if card.kind == "comparison"]
    assert any(card.front.endswith("加/减") and "实部" in card.back for card in cards)


def test_a_question_heading_over_named_parts_is_no_card_of_the_first_name() -> None:
    note = (
        "# Difference between pressure groups, political parties, and social movements?\n\n> Pressure Groups\n\n"
        "> - want to **influence government**\n> - most are interested in **only one policy area**\n\n"
        "> Political Parties\n\n> - want to **become government**\n"
    )
    cards = _extract(note).cards
    assert not any(card.kind == "question" and card.back.strip() == "Pressure Groups" for card in cards)
    assert any("only one policy area" in card.front for card in cards if card.kind == "cloze")


def test_progress_through_modules_anchor_lists_and_a_definitions_heading_make_no_card() -> None:
    note = (
        "# AZ-900\n\n### LP 1-3\n\n* Describe cloud concepts\n\n  * 3 modules gemacht: 1 Zusammengefasst.\n\n"
        "* Describe Azure architectes and services (Ende Januar)\n\n  * 1 / 4 modules\n\n"
        "* Describe Azure management and governance (Mitte Februar)\n\n  * 0 / 4 modules\n\n## Definitionen\n\n"
        "* Azure regions\n  * geographische Region\n* Azure region pairs\n  * benachbarte Regionen, mindestens 300 Meilen auseinander.\n"
        "* Sovereign regions\n  * Isolierte Zentren, zb. für amerikanischen Staat oder China.\n\n## Theorists:\n"
        "  1. [Ibn-i-Khaldoon 1332-1406](#ibn-i-khaldoon)\n  2. [Herbert Spencer 1820-1903](#herbert-spencer)\n"
        "  3. [August Comte 1798-1857](#august-comte)\n  4. [Max Weber 1864-1920](#max-weber)\n  5. [Karl Marx](karl-marx)\n  6. Parson\n"
    )
    cards = _extract(note).cards
    assert not any("modules" in card.back for card in cards)
    assert not [card for card in cards if card.kind == "enumeration"]
    assert any(card.front.endswith("Azure region pairs") and "300 Meilen" in card.back for card in cards)


def test_openings_of_a_sentence_are_no_terms_and_a_sentence_announcing_levels_is_no_definition() -> None:
    note = (
        "# Keynes\n\n- La consommation:\n    - D'autre côté : Keynes établit l'épargne comme l'argent non consommée, donc S = Y - C.\n\n"
        "# Cache\n\n特殊的是：在Miss的时候，从主存中取出来一个数据块来给Cache。\n\n# VLANs\n\n"
        "A more specific definition: A LAN is a single **broadcast domain**, including all devices in that broadcast domain.\n\n"
        "## Ecology\n\nWe study ecology at several levels\n\n- **Biosphere**: the total living things on Earth\n"
        "- **Ecosystem**: communities and the nonliving material\n\n## Overview\n\n• Occurs in axons: travels away from soma\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not any(front.endswith(("D'autre côté", "特殊的是", "A more specific definition", "Occurs in axons")) for front in fronts)
    assert not any(front == "Ecology" for front in fronts)
    assert any(front.endswith("Biosphere") for front in fronts)


def test_an_acronym_spelled_out_over_its_meaning_keeps_the_name_and_one_point_is_no_list() -> None:
    note = (
        "## AP Human Geography Unit 1\n\n### Basics of Economic Development:\n\n"
        " * Formal economy: Any economy that is regulated or taxed by a government.\n"
        " * GDP: Gross Domestic Product\n   * A measurement showing the total value of all goods and services a country produces annually\n"
        " * HDI: Human Development Index\n   * A measurement of the quality of life in a country, on a scale of 0 to 1\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    gdp = next(front for front in cards if "GDP" in front)
    assert "Gross Domestic Product" in gdp
    assert cards[gdp] == "A measurement showing the total value of all goods and services a country produces annually"


def test_headings_that_share_their_fields_are_records_neither_merged_nor_listed() -> None:
    biomes = [
        ("Amazônia", "Norte do Brasil", "Equatorial", "Higrófila, perenifólia"),
        ("Cerrado (Hotspot)", "Planalto Central", "Tropical semiúmido", "Tropófila, arbustiva"),
        ("Caatinga", "Sertão nordestino", "Semiárido", "Xerófila, caducifólia"),
        ("Manguezais", "Litoral", "Tropical", "Halófila, raízes aéreas"),
    ]
    note = "# Biomas Brasileiros\n\n## Principais Biomas Brasileiros\n\n" + "".join(
        f"#### {k}. {name}\n- Localização: {where}\n- Clima: {climate}\n- Vegetação: {plants}\n\n"
        for k, (name, where, climate, plants) in enumerate(biomes, 1)
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration"]
    backs = {card.front: card.back for card in cards}
    assert backs["Amazônia — Localização"] == "Norte do Brasil"
    assert backs["Manguezais — Vegetação"] == "Halófila, raízes aéreas"


def test_a_table_of_two_lists_is_two_cards_and_a_value_beside_them_stays() -> None:
    note = (
        "# Acid-base disturbance\n\n## Metabolic acidosis\n\n**[Calculate anion gap](../calc/anion-gap)**\n\n"
        "Normal anion gap: 8-16 mmol/L\n\n| High anion gap | Normal anion gap |\n|---|---|\n"
        "| **Lactic acidosis**<br>**Ketoacidosis**<br>- Diabetic<br>- Alcoholic | **GI bicarbonate loss**<br>- Diarrhea<br>- Urinary diversion |\n\n"
        "## Respiratory acidosis\n\n**Refer to [Acute respiratory failure](acute-respiratory-failure-assessment)**\n\n"
        "- Base excess is normal in acute respiratory acidosis\n"
    )
    cards = _extract(note).cards
    backs = {card.front: card.back for card in cards}
    assert backs["High anion gap"].startswith("- **Lactic acidosis**\n- **Ketoacidosis**\n  - Diabetic")
    assert any("8-16 mmol/L" in card.back for card in cards)
    assert not any(front.startswith("Refer to") for front in backs)


def test_a_grid_of_endings_and_an_example_that_asks_make_no_card() -> None:
    note = (
        "# Conjugation\n\nConjugate in the preterite form of ellos, remove the -aron and add\n\n"
        "| ara | áramos |\n| --- | --- |\n| aras | x |\n| ara | aran |\n\n"
        "## Politeness\n\nTo be polite, you can use the imperfect subjunctive with querer, poder, deber.\n\n"
        "### Example\n\nProfe, ¿pudiera ir al baño?\n\nQuisiera un vaso de agua, por favor.\n"
    )
    cards = _extract(note).cards
    assert not any("áramos" in card.front for card in cards)
    assert not [card for card in cards if card.kind == "question"]


def test_a_heading_defined_by_a_noun_phrase_with_its_conditions_and_a_codecogs_formula() -> None:
    note = (
        "# Thermochemistry\n## Definitions\n### Standard Enthalpy Change of Formation\n"
        "The enthalpy change when one mole of a substance is formed from its constituent elements in their standard states at 298K and 1 bar.  \n"
        "![Alt Text](https://latex.codecogs.com/gif.latex?N_2&space;&plus;&space;\\frac{1}{2}O_2&space;\\rightarrow&space;N_2O)\n"
    )
    cards = _extract(note).cards
    (card,) = [card for card in cards if card.kind == "definition"]
    assert card.front.endswith("Standard Enthalpy Change of Formation")
    assert card.back.startswith("The enthalpy change when one mole")
    assert "&space;" not in "".join(card.back for card in cards) + "".join(s.reason for s in _extract(note).skipped)


def test_a_picture_over_a_rule_and_an_element_over_a_heading_leave_the_headings_whole() -> None:
    note = (
        "# Week 1.5\n\n## Strategy Analysis\n\nThe products are divided into four quadrants.\n\n"
        "![boston](./images/boston.png)\n---\n### **Porter's Five Forces** ###\n"
        "This is a tool to understand the competitiveness of your business environment.\n\n"
        '<nav class="text--muted">文型</nav>\n## 1. ことにしている\n意味：自分で決めた習慣\n'
    )
    outline = build_outline(load_text(note, Path("note.md")))
    titles = [section.title for _path, section in outline.root.walk()]
    assert "boston" not in titles and "1. ことにしている" in titles
    cards = _extract(note).cards
    assert any(card.front.endswith("Porter's Five Forces") and card.context[-1] == "Strategy Analysis" for card in cards)


def test_a_quick_example_holds_no_facts_and_a_definition_notation_table_is_a_glossary() -> None:
    note = (
        "# Subnetting\n\n## Regla clave\n- Subredes = 2^n\n- Hosts por subred = 2^h – 2\n\n## Ejemplo rápido\n"
        "Red: 192.168.1.0/26\n\n- Bits de host: 6\n- Subredes: 4\n\n## 1. Notations\n\n| Définition | Notation |\n|-|-|\n"
        "| Colonne | t[attrr] |\n| Shéma de relations | R(A1, A2) |\n"
    )
    cards = _extract(note).cards
    assert not any(card.back in ("6", "4") for card in cards)
    assert not [card for card in cards if card.kind == "comparison"]
    assert any(card.front.endswith("Shéma de relations") and card.back == "R(A1, A2)" for card in cards)


def test_how_the_author_sums_up_or_goes_on_is_no_term() -> None:
    for label in ("TL;DR", "Kurzgesagt", "Extra", "Diving Deeper", "Fundamentals"):
        note = f"# Database Systems\n\n## {label}\n\nThe internal of the database manage systems.\n\n- how data are fetched\n- how queries are executed\n"
        assert not any(card.front.endswith(label) for card in _extract(note).cards), label


def test_a_legend_of_symbols_under_each_heading_is_no_record() -> None:
    note = "# Cinematica\n\n" + "".join(
        f"## {name}\n\n$$ s = v t $$\n\n- $v$: velocità {kind} $[m/s]$\n- $t$: tempo $[s]$\n\n"
        for name, kind in (("Moto Rettilineo Uniforme", ""), ("Moto Parabolico", "iniziale"), ("Moto Circolare", "tangenziale"))
    )
    assert not any("— $v$" in card.front or "— $t$" in card.front for card in _extract(note).cards)


def test_short_items_a_line_each_are_no_term_over_the_rest_and_a_journal_reference_is_no_fact() -> None:
    note = (
        "# First semester\n## Classical Western civilizations\n### Rome\nRepublic\nCaesar, Augustus\n*Pax Romana*\n"
        "Fall of Rome - Germanic tribes\n\n# Istemi\n\nИстеми\nРодственные связи: Бумынь-каган(брат)\nПравитель западной части\n"
        "Годы правления: 552-576\n\n## Quellen\n\n- Kirchhof P, et al. *2020 ESC Guidelines for the diagnosis and management of "
        "atrial fibrillation*. Eur Heart J. 2020;42(5):373–498.\n"
    )
    cards = _extract(note).cards
    assert not any(card.front.endswith("Republic") for card in cards)
    assert any(card.front.endswith("Истеми") for card in cards)
    assert not any("2020" in card.front for card in cards if card.kind == "cloze")


def test_fields_indented_under_a_heading_are_read_and_a_boxed_list_of_words_is_a_list() -> None:
    kanji = "".join(
        f"## {k}\n    Meanings: {m}\n    On'yomi: {o}\n    Related Vocabulary:\n    - {k}人（x）: {m} person\n"
        for k, m, o in (("上", "Above, Up", "じょう"), ("大", "Big, Large", "たい"), ("山", "Mountain", "さん"))
    )
    cards = _extract(f"# WaniKani Level 1\n\n{kanji}").cards
    assert any(card.front == "大 — Meanings" and card.back == "Big, Large" for card in cards)
    assert any(card.front.endswith("大人（x）") and card.back == "Big, Large person" for card in cards)
    note = "# Linux\n## 리눅스의 특징\n리눅스는 다음과 같은 특징을 가지고 있다.\n```\n- 오픈소스\n- 멀티유저, 멀티태스킹\n- 다중 스레드\n```\n"
    (card,) = _extract(note).cards
    assert "- 오픈소스" in card.back and "- 다중 스레드" in card.back
    code = "# Python\n## Loop\nTry this:\n```\n- x = f(y);\n- print(x);\n```\n"
    assert not any("print" in card.back for card in _extract(code).cards)


def test_a_book_chapter_heading_a_stage_and_what_draws_on_the_sentence_before() -> None:
    note = (
        "# Genki Chapter 1: New Friends (*あたらしいともだち*)\n# Genki Chapter 2: Shopping (*かいもの*)\n\n"
        "# Piaget\n#### Stage Theory:\nStage 1: sensorimotor, age 0-2\n- Information is gained through the senses\n\n"
        "Stage 2: preoperational, age 2-7\n- Emergence of symbolic thought\n\n"
        "# Java\n- `java.util.Arrays.binarySearch` returns the negative of the index minus 1 when the value is not found. "
        "Remember its behavior is unpredictable on unsorted arrays.\n\n**Exam tip:** Write some programs to practice using the new Date and Time API.\n"
    )
    cards = _extract(note).cards
    assert not any("Genki" in card.front for card in cards)
    assert any(card.front.endswith("Stage 1") and card.back == "sensorimotor, age 0-2" for card in cards)
    assert not any(card.front.startswith("Remember") for card in cards)
    assert not any("practice" in card.front for card in cards)


def test_a_question_over_a_quotation_and_a_derivation_step_over_its_formula() -> None:
    note = (
        "# Development\n## Methods\nBrain scans, sucking, looking\n\n> Are zebras white animals with black stripes?\n\n"
        "> Everything is the way it is because it got that way. - Darcy Thompson, biologist\n\n"
        "# Kinematics\n\nPutting the last two equations together by substituting the first in the second for $v_f$ gets:\n\n"
        "$$x_f = x_0 + v_0 t + \\frac{1}{2} a t^2$$\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "question"]
    assert not any("last two equations" in card.front for card in cards)


def test_a_heading_that_repeats_its_parent_before_a_dash_is_about_what_follows_the_dash() -> None:
    note = (
        "# Route 53\n\n### Route 53\n\n#### Route 53 - Record Types\n\n* A: Maps a hostname to IPv4.\n* AAAA: Maps a hostname to IPv6.\n"
        "* CNAME: maps a host name to another hostname.\n\n#### Route 53 - Simple Routing Policy\n\n"
        "* Typically, route traffic to a single resource.\n* :warning::exclamation:Can’t be associated with Health Checks.\n\n"
        "## Álgebra Linear - Aula 07\n\nUm espaço vetorial é um conjunto munido de operações de adição e multiplicação.\n"
    )
    cards = _extract(note).cards
    assert any(card.front == "AAAA" and card.context[-1] == "Record Types" for card in cards)
    assert any(card.front.startswith("Record Types — list all") for card in cards if card.kind == "enumeration")
    assert not any(":warning" in card.front + card.back or "exclamation:" in card.front + card.back for card in cards)
    assert all(card.context[-1] != "Aula 07" for card in cards)


def test_a_comparison_of_two_labels_over_their_points_lists_the_points() -> None:
    note = (
        "# Circuit Analysis\n\n## Fourier vs Laplace Transform\n\n- Fourier Transform\n  - Conversion between time and frequency domain\n"
        "- Laplace Transform\n  - Describes differential equations in algebraic form\n\n## Filters\n\n"
        "- ![band-pass-filter](_images/band-pass-filter.png)\n  - Above together is a band-pass filter\n"
    )
    cards = _extract(note).cards
    (compared,) = [card for card in cards if card.kind == "comparison"]
    assert "Conversion between time and frequency domain" in compared.back and "|" not in compared.back
    assert not any(card.front == "band-pass-filter" for card in cards)


def test_query_properties_a_key_without_its_colon_and_labels_of_a_study_outline_are_no_cards() -> None:
    note = (
        "---\ntitle: Первая лекция\nlayout: math\ntoc true\n---\n\n# О вероятности\n\nВероятность события лежит между 0 и 1.\n\n"
        "# Strep\n\n- Lancefield Group A\n  query-table:: false\n  query-properties:: [:page :block]\n\n"
        "# 人口容量\n\n#### 区域资源环境承载力\n\n1. 是什么\n2. 因素：\n    1. 自然资源状况\n    2. 人均消费水平\n"
    )
    cards = _extract(note).cards
    assert not any(card.front in ("title", "query-table", "query-properties") for card in cards)
    assert not any(card.kind == "enumeration" and "是什么" in card.back for card in cards)


def test_a_picture_names_nothing_below_it_and_the_themes_of_a_work_are_its_own() -> None:
    note = (
        "# Circuit Analysis\n\n## Filters\n\n- ![band-pass-filter](_images/band-pass-filter.png)\n  - Above together is a band-pass filter\n\n"
        "# Pascoli\n\n- **Opere:**\n    - ***Myricae***:\n        - Prima raccolta di poesie\n        - Caratteristiche:\n"
        "            - 156 poesie (generalmente corte)\n        - Temi:\n            - **MALE** (umanità = male)\n            - **INFANZIA** (l’unico momento felice)\n"
    )
    cards = _extract(note).cards
    assert not any("band-pass-filter" in " ".join(card.context) or "band-pass filter}}" in card.front for card in cards)
    assert not any(card.kind == "enumeration" and "Temi" in card.back for card in cards)


def test_steps_of_a_derivation_a_note_describing_itself_and_a_row_of_short_parts() -> None:
    note = (
        "# Tenses\n\nA very brief overview of Italian tenses\n\n## Present\n\nThe present is formed from the stem and its ending.\n\n"
        "# Particle in a box\n\nFirst the time part\n\n$$\\frac{\\partial\\Psi}{\\partial t} = \\psi\\frac{dT}{dt}$$\n\n"
        "with some rearrangement\n\n$$\\frac{du}{dz} = (V - E)\\psi$$\n\n### Mass storage troubleshooting - Objective 5.3\n\n"
        "A drive that is not detected is checked first in the system setup.\n\n# Prepositions\n\n- Op (Date/Day) - Om (Time) - In (Season, Place etc.)\n"
    )
    cards = _extract(note).cards
    assert not any(card.back == "A very brief overview of Italian tenses" for card in cards)
    assert not any(card.front in ("First the time part", "with some rearrangement", "Op (Date/Day)") for card in cards)
    assert not any(card.back == "Objective 5.3" for card in cards)


def test_a_title_heading_over_its_tags_titles_the_parts_and_an_example_table_holds_no_facts() -> None:
    extraction = extract(
        build_outline(
            load_text(
                "# avk\n#hémostase\n\n# Indications\n\n- Prévention thromboembolique\n- Traitement TVP, EP\n- Valves cardiaques mécaniques\n\n"
                "# Demi-vie :\n\n- longue = 31h pour la fluindione\n",
                Path("avk.md"),
            )
        )
    )
    assert all(card.context[:1] == ("avk",) for card in extraction.cards) and extraction.cards
    note = (
        "# Relationale Schemas\n\n#### Redundanz\n\nBeispiel Mitarbeitertabelle:\n\n| M#  | Name  | A#  | Abteilungsbezeichnung |\n"
        "| --- | ----- | --- | --------------------- |\n| 1   | Meier | 1   | Informatik            |\n| 2   | Müller | 2 | Verkauf |\n\n"
        "Hier ist das redundante Merkmal die Abteilungsbezeichnung der Tabelle oben.\n\n"
        "Notes on: Rousseau's *Discourse on the Origin of Inequality*\n=====\n\n## Raw notes\n\n- Two kinds of inequality: natural/physical and moral/political\n"
    )
    cards = _extract(note).cards
    assert not any("Meier" in card.front or card.front == "Hier" for card in cards)
    assert any(card.front == "Two kinds of inequality" and "Notes on" not in card.context for card in cards)


def test_a_copy_number_is_no_part_of_a_file_title_and_this_step_draws_on_the_one_before() -> None:
    extraction = extract(
        build_outline(load_text("## Light reactions\n\n- Chlorophyll absorbs red and blue light in the thylakoid membrane\n\n"
                                "Water is split here.\nSolar energy is required for this step\n", Path("Photosynthesis (2).md")))
    )
    assert extraction.cards and all(card.context[0] == "Photosynthesis" for card in extraction.cards)
    assert not any("this step" in card.front for card in extraction.cards)


def test_a_chinese_setting_over_its_formula_a_stray_key_and_a_prompt_symbol_explained() -> None:
    note = (
        "# 特征值\n\n- **定义**\n\n  设 $A$ 是 $n$ 阶矩阵，$x$ 是 $n$ 维非零向量\n\n  $$Ax=\\lambda x$$\n\n  称 $\\lambda$ 是特征值\n  可改写成\n\n"
        "  $$(A-\\lambda E)x = 0$$\n\n# Alquenos\n\nv- Los alquenos se caracterizan por tener un doble enlace entre dos carbonos.\n\n"
        "# Usuarios\n\n$ -> indica que es un usuario del sistema\n# -> indica que es el usuario root\n\n## Prompt\n"
        "$PS1 define el prompt del usuario, por ejemplo en ubuntu.\n\n!!!NOTE \"Nota\"\n    www-data siempre tiene el mismo userid, suele ser el 33.\n"
    )
    cards = _extract(note).cards
    assert not any(card.front.startswith("设") or "可改写成" in card.front or card.front == "v" for card in cards)
    assert not any("indica que es el usuario root" in " ".join(card.context) or "!!!NOTE" in card.front for card in cards)


def test_a_phrasebook_line_opening_on_an_inverted_mark_is_a_phrase_and_its_meaning() -> None:
    note = (
        "### Spanish Basics\n\n- De nada : You're welcome\n- ¿Dónde está el baño? : Where is the bathroom?\n"
        "- ¿Cuánto es? : How much is it?\n- ¡Hasta luego! : See you soon\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("¿Dónde está el baño?") == "Where is the bathroom?"
    assert cards.get("¿Cuánto es?") == "How much is it?" and cards.get("¡Hasta luego!") == "See you soon"
    assert not any(card.kind == "cloze" for card in _extract(note).cards)


def test_a_table_typed_in_two_halves_side_by_side_is_one_table_of_rows() -> None:
    note = (
        "# Strong acids\n\n| Name | Formula | Name | Formula |\n| --- | --- | --- | --- |\n"
        "| Hydroiodic acid | $\\text{HI}$ | Perchloric acid | $\\text{HClO}_4$ |\n"
        "| Hydrobromic acid | $\\text{HBr}$ | Sulfuric acid | $\\text{H}_2\\text{SO}_4$ |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("Perchloric acid — Formula") == "$\\text{HClO}_4$"
    assert cards.get("Hydroiodic acid — Formula") == "$\\text{HI}$"
    assert not any("Perchloric" in back for front, back in cards.items() if not front.startswith("Perchloric"))


def test_a_pictures_credit_and_an_option_letter_under_a_command_are_no_cards() -> None:
    note = (
        "### Double-Slit\n\nThomas Young conducted the **double-slit experiment**.\n\n"
        "[2-slit diffraction of red laser light](https://commons.wikimedia.org/wiki/File:Laserdiffraction.jpg) by "
        "[Benjamin Crowell](https://en.wikipedia.org/wiki/User:Bcrowell), Modifications: is licensed under "
        "[CC BY-SA 3.0](http://creativecommons.org/licenses/by-sa/3.0)\n\n$$ s=\\frac{\\lambda D}{d} $$\n\n"
        "[\"This work\"](https://commons.wikimedia.org/wiki/File:Diffraction2vs5.jpg) is licensed under "
        "[CC BY-SA 3.0](http://creativecommons.org/licenses/by-sa/3.0)\n\n## Contraseñas\n\n`pwgen -nyc 12 `\n\n"
        "- → n - incluye passwords con números\n- → y - incluye símbolos\n- → c - incluye mayúsculas\n"
    )
    extraction = _extract(note)
    assert not any("licensed" in card.front + card.back or "This work" in card.front for card in extraction.cards)
    assert not any(card.front.startswith("→") for card in extraction.cards)
    why = _why(extraction)
    assert "remark" in why[5] and all(line in why for line in (15, 16, 17))


def test_a_word_in_bold_and_its_meaning_in_code_is_a_vocabulary_entry_not_a_list() -> None:
    note = (
        "# Falses cognates\n* **carpet** `alfombra`\n* **exit** `salida`\n* **compromise** `llegar a un arreglo`\n\n"
        "# Words\n* **bored** `aburrido o aburrida` _he is bored_ `El esta aburrido`\n* **Give _gave given_** `dar`\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("carpet") == "alfombra" and cards.get("exit") == "salida"
    assert cards.get("bored", "").startswith("aburrido o aburrida") and cards.get("Give gave given") == "dar"
    assert not any(card.kind == "enumeration" or card.kind == "cloze" for card in _extract(note).cards)


def test_sentences_each_under_its_translation_as_a_heading_are_no_syllabus() -> None:
    pairs = [
            ('我们实行了那个计划', 'We carried out that plan'),
            ('他是一胎政策的男孩的', 'He is one child policy baby'),
            ('我觉得她是个剩女', 'leftover women'),
            ('这条法律依然有效', 'The law is still in effect'),
            ('我以前跟他闲逛过', 'I hung out with him before'),
            ('你的秘密不会泄露出去的', 'Your secret will be safe with me'),
            ('不要让这些信息泄露出去', "Don't let this information leak out"),
            ('可能工作已经比较稳定了', 'they probably have a stable job'),
            ('不能歧视嘛', "Don't discriminate！"),
            ('数据结构', 'data structures'),
            ('放手', 'let go of me'),
            ('你和肯吵架了吗?', 'Did you have a fight with Ken？'),
            ('他们同居', 'They live together'),
            ('巴西有很多民族', 'There are many ethnic groups in Brazil'),
            ('我们的補助不好大', "Our subsidy isn't big"),
            ('没咬到肉', 'I didn’t bite into the meat'),
    ]
    note = "".join(f"## {chinese}\n- {english}\n\n" for chinese, english in pairs)
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("我们实行了那个计划") == "We carried out that plan" and cards.get("数据结构") == "data structures"
    assert len(cards) >= len(pairs) - 2


def test_a_numbered_list_of_labels_over_labels_is_an_outline_not_a_list_to_recite() -> None:
    note = (
        "### **相似矩阵与二次型**\n1. **向量的内积、长度及正交性**\n    * **内积**\n        $[x,y]$ 称为向量 $x$ 与 $y$ 的内积，内积的结果是一个实数\n"
        "    * **正交**\n        如果两个向量的内积为零，称向量 $x$ 与 $y$ 正交\n2. **特征值与特征向量**\n    * **定义**\n"
        "        称 $\\lambda$ 是矩阵 $A$ 的特征值\n    * **性质**\n        特征值之和等于矩阵的迹\n"
    )
    assert not any(card.kind == "enumeration" for card in _extract(note).cards)


def test_a_break_alone_on_a_line_swallows_no_heading_and_a_three_way_handshake_keeps_its_three() -> None:
    note = (
        "## Kopplungselemente OSI Schicht 2\n\n### Switch\n\nverbindet Geräte im selben Netz anhand der MAC-Adresse\n\n<br>\n<br>\n"
        "## Kopplungselemente OSI Schicht 3\n### Router\n\nhat mindestens 2 Anschlüsse, welche logische IP-Netzwerke verbindet\n\n"
        "> **Statisches Routing**\nBeim statischen Routing muss der Administrator die Routingtabelle selbst anlegen\n\n"
        "## 3 way handshake\n\n### Schritt: 2\n\n- Acknowledgement Nummer: die empfangene Sequenznummer + 1\n"
    )
    cards = _extract(note).cards
    routing = [card for card in cards if "Routing" in card.front + card.back]
    assert routing and all("Switch" not in card.context and "Router" in card.context for card in routing)
    assert any(card.context[:1] == ("3 way handshake",) for card in cards)


def test_a_meaning_in_unspaced_japanese_is_not_too_little_beside_another_meaning() -> None:
    note = (
        "# Unit 1\n\n## ことにしている\n\n文型：Vる・Vない＋ことにしている\n\n意味：自分で決めた習慣\n\n"
        "日本では毎朝走ることにしている\n\n## Vる・Vない＋ことになっている\n\n意味：（話し手の意思に関係なく決まる）習慣、規則、予定\n\n"
        "日本では車は左側を走ることになっている\n\n## Vてくる\n\n文型：Vてくる\n\n意味：体、心の中から出る\n\n涙が出てくる\n"
    )
    said = " ".join(card.back for card in _extract(note).cards)
    assert "自分で決めた習慣" in said and "体、心の中から出る" in said


def test_a_links_slot_of_a_template_is_no_topic_and_a_quantity_named_before_its_formula_is_its_term() -> None:
    note = (
        "# Circular Motion\n### Linked Notes On This Page\n- [[Newton's Laws]]\n\n"
        "An object in a circular orbit has constant speed, but not a constant velocity as the direction is always changing.\n\n"
        "- Speed $v = \\frac{2\\pi r}{T}$\n- Angular speed/frequency $w = \\frac{2\\pi}{T}$ (radians s<sup>-1</sup>)\n"
        "- Let $G = (V, E)$\n\nThe change in velocity is towards the centre of the circle.\n"
    )
    cards = _extract(note).cards
    assert cards and not any("Linked Notes On This Page" in card.context for card in cards)
    backs = {card.front: card.back for card in cards}
    assert backs.get("Angular speed/frequency", "").startswith("$w = \\frac{2\\pi}{T}$")
    assert any(front.endswith("Speed") and back == "$v = \\frac{2\\pi r}{T}$" for front, back in backs.items())
    assert "Let" not in backs


def test_a_label_set_in_code_heads_what_follows_and_a_header_outside_any_row_heads_its_html_table() -> None:
    note = (
        "### NORMALISATION\n\n`Roles de la normalisation`\n\nLa normalisation est mise en œuvre pour :\n"
        "- Limiter la redondance des données\n- Limiter la perte de données\n- Limiter les incohérences de données\n\n"
        "`Les 3 premieres formes normales`\n\n1FN, 2FN, 3FN *(mais il y a aussi la forme normale de Boyce Codd)*\n\n"
        "<table>\n<th>id produit</th>\n<th>type produit</th>\n<th>modele produit</th>\n<tr>\n<td>pc-0001</td>\n<td>cell</td>\n"
        "<td>samsung</td>\n</tr>\n<tr>\n<td>ord-03a</td>\n<td>pc</td>\n<td>dell</td>\n</tr>\n<tr>\n<td>mon-99</td>\n<td>montre</td>\n"
        "<td>casio</td>\n</tr>\n</table>\n"
    )
    cards = _extract(note).cards
    assert any(card.kind == "enumeration" and "Roles de la normalisation" in card.context for card in cards)
    assert any(card.front == "Les 3 premieres formes normales" and card.back.startswith("1FN, 2FN, 3FN") for card in cards)
    assert not any(card.front in ("pc-0001", "ord-03a", "mon-99") for card in cards)


def test_a_heading_that_is_only_when_the_entry_was_written_is_no_crumb() -> None:
    note = (
        "## Monday, March 8, 2021, 1:15:29PM -03 <1615220129>\n\n### Plurais em alemao\n\n"
        "- Terminacão -s: para a maioria das palavras de origem extrangeira, a terminacão -s forma o plural\n"
    )
    cards = _extract(note).cards
    assert cards and all(not any("March" in crumb for crumb in card.context) for card in cards)


def test_a_dash_escaped_mid_line_is_a_dash_and_its_term_heads_the_list_below() -> None:
    note = (
        "### Deontology\n\n- `Action focused` \\- you are always guilty if your actions lead to something bad, except:\n"
        "    - Omitting - when you didn't help people you didn't know\n    - Redirect - you killed 1 people instead of 5\n"
        "- `Intent` \\- you must have good intent to do something\n\n# Rozbiory\n\n1793 \\- układ rozbiorowy Rosja, Prusy.\n"
    )
    cards = _extract(note).cards
    assert any(card.front == "Intent" and card.back == "you must have good intent to do something" for card in cards)
    assert any(card.front == "Omitting" and "Action focused" in card.context for card in cards)
    assert any("1793" in card.front for card in cards)


def test_a_learners_sentence_about_themselves_with_the_verb_first_is_no_fact() -> None:
    note = (
        "# German\n\n## 23-02-22\n\nNach der Schule habe ich an der Universität in Sankt Petersburg studiert.\n\n"
        "Jetzt studiere ich an der Constructor Universität in Deutschland.\n\n"
        "Die Hauptstadt von Deutschland ist Berlin.\n"
    )
    extraction = _extract(note)
    assert not any("Petersburg" in card.front or "Constructor" in card.front for card in extraction.cards)
    assert all(line in _why(extraction) for line in (5, 7))


def test_a_term_in_bold_and_italic_loses_both_marks() -> None:
    note = (
        "# Lesson 4 - _Variability_\n\n## Box Plots and The IQR\n\n"
        "- **_Interquartile range:_** The distance between the 1st quartile and 3rd quartile.\n"
        "- **_Variance:_** The average of the squared differences from the mean.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("Interquartile range") == "The distance between the 1st quartile and 3rd quartile."
    assert cards.get("Variance") == "The average of the squared differences from the mean."


def test_display_math_typed_for_kramdown_and_a_formula_over_its_symbol_table() -> None:
    note = (
        "**Power**\n\n* The rate of transfer of energy\n* Measured in Watts (W)\n"
        "\\\\[ P =\\dfrac {E}{t} \\\\    or    \\\\ P = IV \\\\]\n\n"
        "## Current\n\n* **Current**: the rate of flow of charge.\n\n$$I=\\frac{\\Delta Q}{\\Delta t}$$\n\n"
        "| Symbol | Quantity | Unit |\n| --- | --- | --- |\n| $I$ | Current. | $A$ |\n| $\\Delta Q$ | Change in charge. | $C$ |\n"
        "| $\\Delta t$ | Change in time. | $s$ |\n"
    )
    cards = _extract(note).cards
    assert "$$P =\\dfrac {E}{t} \\    or    \\ P = IV$$" in load_text(note, Path("power.md")).text
    assert not any("\\\\[" in card.front + card.back for card in cards)
    assert any(card.front.endswith("Current ($I$) — formula") and "I=\\frac{\\Delta Q}{\\Delta t}" in card.back for card in cards)


def test_a_fence_closed_too_deep_and_headings_that_drifted_right_are_read_as_meant() -> None:
    note = (
        "# Risk and return\n\n## portfolios\n* portfolio weights: percentages of the portfolio's value invested in each asset\n\n"
        "  ```\n    portfolio return R(p) = weight1 * return1 + weight2 * return2\n    ```\n\n"
        "    ## systematic and unsystematic risk\n"
        "    * systematic risk: a surprise that affects a large number of assets, like interest rates or GDP\n"
        "    * unsystematic risk: a surprise that affects a single asset or a small group of assets\n\n"
        "     * innovation or surprise is the difference between the actual result and the forecast\n"
    )
    cards = _extract(note).cards
    assert any(card.front == "systematic risk" and "systematic and unsystematic risk" in card.context for card in cards)
    assert any(card.front == "unsystematic risk" for card in cards)
    assert not any("{{c1::the difference between the actual result}}" in card.front for card in cards)


def test_a_limit_typed_upto_and_a_share_out_of_a_whole_are_numbers_to_recall() -> None:
    note = (
        "# RDS\n\n* Aurora\n    * Upto 15 read replicas\n    * 4 copies out of 6 for writes\n"
        "    * Supports only Postgres and mysql database engines\n    * Storage automatically increases in 10GBs upto 64TB.\n"
    )
    fronts = _clozes(note)
    assert "Upto {{c1::15}} read replicas" in fronts
    assert "{{c1::4}} copies out of 6 for writes" in fronts


def test_a_formula_in_words_then_in_symbols_is_one_answer_and_the_symbol_i_is_nobody_speaking() -> None:
    note = (
        "# Basics of electricity\n\n## Electrical current\n\n- The symbol for current is $I$.\n"
        "- The unit of current is the **ampere** ($A$).\n\n### Current equation\n\n"
        "$$\n\\text{current} = \\frac{\\text{change in charge}}{\\text{change in time}}\n$$\n\n$$\nI=\\frac{\\Delta Q}{\\Delta t}\n$$\n"
    )
    extraction = _extract(note)
    equation = [card for card in extraction.cards if card.front == "Current equation"]
    assert equation and "I=\\frac{\\Delta Q}{\\Delta t}" in equation[0].back and "change in charge" in equation[0].back
    assert "own remark" not in _why(extraction).get(5, "")


def test_a_label_that_points_back_carries_the_question_it_answers_and_a_year_leads_its_event() -> None:
    note = (
        "## Existence of God\n\nCould the Meditator themselves be supremely perfect? If so, the idea of God could be his own.\n\n"
        "Rejects this for 3 reasons\n1. God is all actual and not potential\n2. If he is constantly improving, he will never attain perfection\n"
        "3. Potential is not being at all\n\n## ⏳ 1935 – Saar Plebiscite\n\n- Vote held: 90% voted to return to Germany\n"
    )
    cards = _extract(note).cards
    assert any(card.front == "Could the Meditator themselves be supremely perfect? — Rejects this for 3 reasons" for card in cards)
    assert any(card.context[-1:] == ("Saar Plebiscite (1935)",) for card in cards)


def test_a_heading_over_options_with_the_right_one_ticked_after_it_asks_for_that_option() -> None:
    note = (
        "# Preguntas\n\n## 1. ¿Cuál es la forma correcta de acceder a un recurso de color?\n\n"
        "- A) `@colors/my_color` ✅\n- B) `getColor(R.color.my_color)`\n- C) `R.color.my_color`\n\n---\n\n"
        "## 16. Indica el tipo de retorno de la función\n\n- A) dynamic ✅\n- B) int\n- C) void\n- D) Future\n\n"
        "## 17. ¿Cuál afirmación sobre Kotlin es falsa?\n\n- A) Las variables pueden ser mutables\n- B) Sirve para multiplataforma\n- C) Es un lenguaje interpretado\n"
    )
    extraction = _extract(note)
    cards = {card.front.split("\n")[0]: card for card in extraction.cards}
    first = cards.get("¿Cuál es la forma correcta de acceder a un recurso de color?")
    assert first is not None and first.kind == "question" and first.back == "A) `@colors/my_color`" and "- C)" in first.front
    assert cards.get("Indica el tipo de retorno de la función") is not None
    assert not any(card.kind == "cloze" for card in extraction.cards)


def test_forms_under_a_heading_that_names_the_mapping_are_each_a_card_and_a_pathway_keeps_its_steps() -> None:
    note = (
        "## Present  &rarr; Past participle\n\n- become  &rarr; became\n- begin  &rarr; begun \n- bite  &rarr; bitten\n- blow  &rarr; blown\n\n"
        "# Glycolysis\n\n- Glucose &rarr; glucose-6-phosphate\n    - Hexokinase\n    - Uses 1 ATP\n"
    )
    cards = _extract(note).cards
    backs = {card.front: card.back for card in cards}
    assert backs.get("begin") == "begun" and backs.get("bite") == "bitten"
    assert not any(card.front == "Glucose" for card in cards)


def test_a_peoples_word_the_breadcrumb_gives_away_is_not_hidden() -> None:
    import importlib

    from notedeck.extract.common import content_words

    facts = importlib.import_module("notedeck.extract.facts")  # (the package's ``facts`` is the rule, not the module)

    text = "Hitler gained Austrian resources."
    start = text.index("Austrian")
    known = set(content_words("Causes of World War II")) | set(content_words("Anschluss with Austria (1938)"))
    assert not facts._worth(text, start, start + len("Austrian"), known)
    assert facts._worth(text, start, start + len("Austrian"), set(content_words("Causes of World War II")))


def test_a_sentence_that_goes_on_from_the_one_before_is_no_cloze() -> None:
    note = (
        "# Society\n\n"
        "Mechanical solidarity binds a society through shared values and beliefs.\n\n"
        "The same is true for motives of an action.\n\n"
        "More simply, there were three offers and the last was accepted.\n\n"
        "Een andere factor is dat er teveel collisions in het netwerk optreden.\n"
    )
    extraction = _extract(note)
    assert [card.back for card in extraction.cards] == ["Mechanical solidarity binds a society through shared values and beliefs."]
    why = _why(extraction)
    assert all("needs the sentence before it" in why[line] for line in (5, 7, 9))


def test_a_heading_whose_topic_is_after_a_dash_keeps_both_in_the_breadcrumb() -> None:
    note = (
        "# Networks\n\n## Theories - Instincts and Evolutionary Psychology\n\n- Instinct: an innate, fixed pattern of behaviour\n\n"
        "## SQS - simple queue service\n\n- Visibility timeout: how long a received message stays hidden\n\n"
        "## Routing - Week 1 Notes\n\n- Latency: the delay before a transfer begins\n"
    )
    contexts = {card.front: card.context for card in _extract(note).cards}
    assert contexts["Instinct"][-2:] == ("Theories", "Instincts and Evolutionary Psychology")
    assert contexts["Visibility timeout"][-1] == "SQS"
    assert not any("Week 1 Notes" in context for context in contexts.values())


def test_a_heading_that_spells_out_its_acronym_asks_for_the_acronym() -> None:
    note = (
        "# Diccionario\n\n### NFS – Network File System\nSistema de archivos de red.\n\n"
        "### DDL – Lenguaje de definición de datos\nLenguaje utilizado para definir esquemas de bases de datos.\n\n"
        "### ETL – Extract, Transform, Load\nProceso de extracción, transformación y carga de datos.\n\n"
        "### ELT – Extract, Load, Transform\nProceso de extracción, carga y transformación de datos.\n\n"
        "### TLS (Transport Layer Security):\nProtocolo que cifra las conexiones entre el cliente y el servidor.\n\n"
        "### RDBMS – Relational Database Management System\nSistema de gestión de bases de datos relacionales.\n\n"
        "### DDoS – Distributed Denial of Service\nAtaque distribuido de denegación de servicio.\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs.get("NFS", "").startswith("Network File System") and "Sistema de archivos" in backs["NFS"]
    assert backs.get("DDL", "").startswith("Lenguaje de definición de datos")
    assert backs.get("ETL", "").startswith("Extract, Transform, Load") and backs.get("ELT", "").startswith("Extract, Load, Transform")
    assert backs.get("TLS", "").startswith("Transport Layer Security")
    assert backs.get("RDBMS", "").startswith("Relational Database") and backs.get("DDoS", "").startswith("Distributed Denial")


def test_terms_defined_again_under_a_parallel_heading_are_told_apart_not_merged() -> None:
    note = (
        "# Bauteile\n\n## Kapazität\n- Kapazität: $[C] = F$\n- Strom: $i = C \\frac{du}{dt}$\n- Spannung: $u = \\frac{1}{C} \\int i dt$\n"
        "- Blindwiderstand: $X_C = \\frac{1}{j\\omega C}$\n\n"
        "## Induktivität\n- Induktivität: $[L] = H$\n- Strom: $i = \\frac{1}{L} \\int u dt$\n- Spannung: $u = L \\frac{di}{dt}$\n"
        "- Blindwiderstand: $X_L = j\\omega L$\n\n"
        "## Netzwerk\n- Lambda: runs code without servers\n\n## Compute\n- Lambda: pay per request\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs.get("Strom") == "$i = C \\frac{du}{dt}$" and backs.get("Strom (Induktivität)") == "$i = \\frac{1}{L} \\int u dt$"
    assert "X_L" not in backs.get("Blindwiderstand", "") and "X_L" in backs.get("Blindwiderstand (Induktivität)", "")
    assert "pay per request" in backs.get("Lambda", "") and "without servers" in backs.get("Lambda", "")


def test_a_lead_in_that_ends_on_we_need_and_a_pointer_to_a_section_make_no_card() -> None:
    note = (
        "# Life tables\n\n## Building one\n\nTo create a life table, we need \n\n- $x_0$: initial age\n- $\\omega$: terminal age\n\n"
        "## Mortality improvement\n\nPlease refer to section 3.11 and 3.12.\n"
    )
    extraction = _extract(note)
    assert not any("we need" in card.back or "3.12" in card.front for card in extraction.cards)
    why = _why(extraction)
    assert "unfinished" in why[5] and "statement" in why[12]


def test_a_question_heading_with_its_task_after_it_is_answered_up_to_a_thematic_break() -> None:
    note = (
        "# What steps could Boeing have taken to prevent the disasters? Justify how these steps are ethical.\n\n"
        "* Proper training of the pilots\n* Proper testing of the software\n\n---\n\n"
        "* Team dynamic\n  * \"Just culture\" - Not afraid to bring up issues and problems\n"
    )
    cards = _extract(note).cards
    asked = [card for card in cards if card.kind == "question"]
    assert len(asked) == 1 and asked[0].front.startswith("What steps could Boeing")
    assert "Proper testing" in asked[0].back and "Just culture" not in asked[0].back
    assert any(card.front == '"Just culture"' and card.context[:1] != (asked[0].front,) for card in cards)


def test_a_closing_break_tag_alone_on_a_line_is_a_blank_line_and_an_impressions_heading_is_no_term() -> None:
    note = (
        "# Market Failure\n\n#### Private Goods\n\n- Rival - One person's consumption reduces availability\n</br>\n\n"
        "- Excludable - People can be stopped from consuming the good\n\n## 所感.\n* 質問に答えるだけで簡単そう。\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs.get("Rival") == "One person's consumption reduces availability"
    assert not any("所感" in front for front in backs)


def test_a_sentence_that_names_the_following_things_over_a_list_labels_it() -> None:
    note = (
        "# Utilitarianism\n\n### Determining value\n"
        "Jeremy Bentham who influenced Mill came up with the following factors to determine happiness value:\n"
        "- Intensity of the pleasure\n- Duration of the pleasure\n- Certainty that the pleasure will materialise\n\n"
        "### BPDU\nIf BPDU Filter and BPDU Guard are both enabled, the following happens:\n"
        "- BPDU Filter is automatically disabled\n- BPDU Guard is triggered and the port is err-disabled\n"
    )
    cards = _extract(note).cards
    assert any(card.front.startswith("Factors to determine happiness value") and "Duration of the pleasure" in card.back for card in cards)
    assert not any(card.front.startswith("Happens") for card in cards)


def test_a_symbol_or_formula_then_what_it_stands_for_is_a_card() -> None:
    note = (
        "# Queues\n\n## Random values\n\n* $S_k =$ service time of the $k$-th job\n* $W_k =$ waiting time of the $k$-th job\n"
        "* $R_k = S_k + W_k =$ response time, the total time a job spends in the system\n"
        "* $p_A = \\lambda_A \\Delta$ -- probability of arrival during a frame\n"
        "* $e_d = 1$: demand is unit elastic\n\n### Notes\n\nA queue is stationary if its distributions do not depend on the job.\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs.get("$S_k$") == "service time of the $k$-th job" and backs.get("$W_k$") == "waiting time of the $k$-th job"
    assert backs.get("response time", "").startswith("$R_k = S_k + W_k$,")
    assert backs.get("probability of arrival during a frame") == "$p_A = \\lambda_A \\Delta$"
    assert not any(front.startswith("demand is") for front in backs)


def test_a_table_row_whose_names_are_blank_asks_nothing() -> None:
    note = (
        "# Einheitenpräfixe\n\n| Präfix | Gesprochen | Faktor |\n|---|---|---|\n| k | Kilo | $10^3$ |\n| - | - | $10^0=1$ |\n"
        "| m | Milli | $10^{-3}$ |\n"
    )
    extraction = _extract(note)
    assert any("Kilo" in card.back or "Kilo" in card.front for card in extraction.cards)
    assert not any(card.front.startswith(("Präfix: -", "- (")) for card in extraction.cards)
    assert "blank" in _why(extraction)[6]


def test_a_title_set_off_with_slashed_dashes_heads_the_part_after_it() -> None:
    note = (
        "Аксоны - передает сигнал\n\n/—Алкоголь—/\n\nНе является медиатором, но сильно воздействует на синапсы.\n\n"
        "Малая доза - Вызывает активирующий эффект на дофаминовые нейроны.\n"
    )
    contexts = {card.front: card.context for card in _extract(note).cards}
    assert contexts["Малая доза"][-1:] == ("Алкоголь",) and "Алкоголь" not in contexts["Аксоны"]


def test_a_heading_that_counts_in_a_lower_case_word_is_named_by_what_it_counts() -> None:
    note = (
        "### Chomsky Hierarchia\n#### 0. típus: Mondatszerkezetű nyelvtanok\n- **Nyelvtan**: Minden szabályra igaz.\n"
        "- **Automata**: Turing-gép\n#### 1. típus: Kontextusfüggő nyelvtanok\n- **Nyelvtan**: A jobboldal hosszabb.\n"
        "- **Automata**: Lineárisan korlátolt automata\n#### 2.5 típus: Lineáris nyelvtanok\n- **Nyelvtan**: Speciális eset.\n"
        "- **Automata**: Egyszer forduló veremautomata\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs.get("Kontextusfüggő nyelvtanok — Automata") == "Lineárisan korlátolt automata"
    assert backs.get("Lineáris nyelvtanok — Nyelvtan") == "Speciális eset."
    assert not any(front.startswith("típus") for front in backs)


def test_a_court_case_and_what_it_held_is_a_definition() -> None:
    note = (
        "# Acceptance\n\n- `Bengal Coal Company v. Homi Wadia` - Tender can be withdrawn before final acceptance.\n"
        "- Entores Ltd v. Miles Far East Corporation - The contract is complete when the acceptance is received.\n"
    )
    backs = {card.front: card.back for card in _extract(note).cards}
    assert backs.get("Bengal Coal Company v. Homi Wadia") == "Tender can be withdrawn before final acceptance."
    assert backs.get("Entores Ltd v. Miles Far East Corporation", "").startswith("The contract is complete")


def test_a_label_line_over_terms_in_one_paragraph_heads_each_of_them() -> None:
    note = (
        "# Provisional Acceptance\n\nCase Laws:\n`Hardwar Singh v. Bagun Sumbrui` - Confirmation of acceptance still in progress.\n\n"
        "# Distance Vector\n\nwhere:\n$x$ = cost of neighbor\n$d$ = cost from neighbor to destination\n"
    )
    extraction = _extract(note)
    cards = {card.front: card for card in extraction.cards}
    assert cards["Hardwar Singh v. Bagun Sumbrui"].context[-1] == "Case Laws"
    assert not any(card.front == "Case Laws" for card in extraction.cards)
    assert not any("where" in card.context for card in extraction.cards)


def test_a_word_that_leads_into_a_legend_is_no_crumb_and_a_symbol_is_never_merged_across_formulas() -> None:
    note = (
        "# Waves\n\n## Single-Slit\n\n$$b \\sin \\theta = \\lambda$$\n\nHere:\n- $\\theta$ = the angle to the first dark fringe\n"
        "- $b$ = the width of the slit\n\n## Diffraction Grating\n\n$$d \\sin \\theta = n \\lambda$$\n\nHere:\n"
        "- $\\theta$ = the angle between the $n$-th maximum and the central maximum\n- $d$ = the distance between the slits\n"
    )
    cards = _extract(note).cards
    assert not any("Here" in card.context for card in cards)
    thetas = [card for card in cards if card.front.startswith("$\\theta$")]
    assert len(thetas) == 2 and all("\n" not in card.back for card in thetas)
    assert not any(card.front == "Hoorcollege 1" for card in _extract("## Hoorcollege 1: Inleiding – Neuroanatomie\n\n### Wat is Biopsychologie?\n\nEen subdiscipline van de psychologie.\n").cards)


def test_an_explanation_label_is_asked_with_its_parent() -> None:
    note = "# Deflation\n\n## Due to falling AD\n\n- Explanation\n  - AD falls and firms respond by lowering output\n  - Unemployment rises\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "Due to falling AD — Explanation" in fronts and "Explanation" not in fronts


def test_a_table_whose_corner_says_its_rows_are_verbs_asks_each_verb_for_its_forms() -> None:
    note = (
        "# Verben\n\n|Infinitiv|ich |du  |er/sie/es|wir  |ihr |sie  |\n|---|---|---|---|---|---|---|\n"
        "|sein     |bin |bist|ist      |sind |seid|sind |\n|haben    |habe|hast|hat      |haben|habt|haben|\n\n"
        "unregelmäßigen\n\n|Infinitiv|du, er/sie/es|\n|---|---|\n|    e    |      i      |\n|    a    |      ä      |\n"
    )
    cards = _extract(note).cards
    sein = [card for card in cards if card.front.startswith("sein")]
    assert sein and "- du: bist" in sein[0].back
    assert not any(card.front.startswith("Infinitiv") for card in cards)


def test_an_important_note_label_is_no_term_and_a_constants_table_header_is_no_row() -> None:
    note = (
        "# Testing\n\n## Errors\n\n- Important Note: Defects found early in the lifecycle are cheaper to fix, often by a factor of 10.\n\n"
        "## Parity\n\n| Constant | Experimental Value / MeV |\n|---|---|\n| $a_V$ | 15.5 |\n| $a_S$ | 16.8 |\n"
    )
    cards = _extract(note).cards
    assert not any(card.front.endswith("Important Note") or card.front == "Constant" for card in cards)


def test_a_line_that_sets_up_its_symbols_with_let_is_no_term() -> None:
    note = "# Limits\n\n- Пусть $\\lbrace x_n \\rbrace$ - последовательность вещественных чисел\n- Sea anemone - polyp only\n"
    fronts = [card.front for card in _extract(note).cards]
    assert not any(front.startswith("Пусть") for front in fronts) and "Sea anemone" in fronts


def test_a_line_that_ends_on_a_comma_and_a_dash_leads_into_what_follows() -> None:
    note = (
        "# Acceptance\n\n## Revocation\n\nSection 4 of ICA - The communication of **acceptance is complete**, -\n\n"
        "- as against the proposer, when it is put in a course of transmission to him\n"
        "- as against the acceptor, when it comes to the knowledge of the proposer\n"
    )
    extraction = _extract(note)
    assert not any(card.back.rstrip().endswith(", -") for card in extraction.cards)


def test_a_heading_of_other_definitions_or_topics_is_no_list_to_recite() -> None:
    note = (
        "#### Egyéb Definíciók\n- **Cayley táblázat**: Véges csoportok műveleteinek ábrázolására szolgál.\n"
        "- **S(delta) függvény**: Az átmenetfüggvény speciális formája.\n\n"
        "## Other topics\n- Interpreter\n- Halting problem\n- Liar paradox\n"
    )
    cards = _extract(note).cards
    assert not any(card.kind == "enumeration" for card in cards)
    assert any(card.front == "Cayley táblázat" for card in cards)


def test_an_equation_is_no_term_and_its_value_no_answer_and_a_dated_data_line_is_a_field() -> None:
    note = (
        "DATA: (26/Fev/24)\n\n# Funções\n\n- função\n    - y = 150x\n    - é o fazer da lei\n"
        "- raiz de denominador par\n    - n é lR, vai entrar no domínio de números complexos\n    - resultado precisa ser >= 0\n"
        "- Data = raw facts that have not been processed\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not any(front.endswith((" y", "— y", "precisa ser >")) or front == "DATA" for front in fronts)
    assert "field of the note" in _why(extraction)[1]


def test_learning_objectives_the_syllabus_chapters_and_the_lesson_header_are_no_facts() -> None:
    note = (
        "## 📖 Sobre a aula - O que é banco de dados relacional\n\n- **Professor:** Fábio\n\n"
        "## Learning Objectives:\n* Calculate the present value (PV) and future value (FV) of:\n    * A lump sum\n    * Annuity\n\n"
        "# Lecture 1\nsyllabus is chapter 20 & 21 for option pricing.\n+ chapter 20.1 = Understanding Options\n"
        "+ chapter 20.2 = Combining products to create new ones\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    assert "will teach" in _why(extraction)[6]


def test_a_term_alone_over_another_term_and_an_unfinished_meaning_make_no_card() -> None:
    note = (
        "# Synapse\n\nOLTP\nOLAP - Column based\n\n# Options\n\n+ **European option** = on ...\n+ **call option** = right to buy on the paper\n\n"
        "# Roles\n\n- ***Product Owner (proprietario):* il punto centrale della leadership di prodotto.** È responsabile del prodotto.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert "OLTP" not in fronts and "European option" not in fronts and "call option" in fronts
    assert "Product Owner (proprietario)" in fronts
    assert "unfinished" in _why(extraction)[8]


def test_a_nested_outline_of_the_headings_that_follow_is_a_table_of_contents() -> None:
    note = (
        "# Security\n\n- Stack buffer overflow\n  - Canaries\n- Address space layout randomization (ASLR)\n  - NOP slides\n\n"
        "## Stack buffer overflow\n`strcpy` can be used for stack smashing.\n\n"
        "## Address Space Layout Randomization\nASLR places the stack at a random address.\n\n"
        "# Overview\n- **2** Mental Accounting\n  - **2.1** Integration vs. Segregation\n  - **2.2** Theater Ticket Problems\n\n"
        "# Diffusion\n## Types of Diffusion\n- Relocation\n- Hierarchical\n### Relocation\nPeople move and take ideas along.\n"
        "### Hierarchical\nIdeas spread from the top down.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not any(front.startswith(("Security —", "Stack buffer overflow —", "2 Mental")) for front in fronts)
    assert "table of contents" in _why(extraction)[3]
    assert any(front.startswith("Types of Diffusion") for front in fronts)  # (a flat list under its category keeps its card)


def test_a_paragraph_mostly_of_terms_and_meanings_is_read_line_by_line() -> None:
    note = (
        "# MySQL\n\n## 视频教程\n登陆：mysql -uroot -p\n退出：exit; quit;\n\n数据表是数据库的一部分\n打开数据库语法：`USE db_name;`\n查看数据表结构：`SHOW COLUMNS FROM tbl_name;`\n"
        "NULL,字段值可以为空\nCASCADE: 父表删除或更新会对子表同样设置。\nSET NULL: 父表删除或更新行，设置子表为NULL。\n"
        "删除主键约束\nALTER TABLE tb_name DROP PRIMARY KEY\n\n"
        "# Khans\n\nMukan\n553-572\nTerritory: Central Asia\nTerritory: from Manchuria to the Bosporus\nVassals: the states of northern China\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert "数据表是数据库的一部分" not in cards
    assert cards["打开数据库语法"] == "`USE db_name;`" and "CASCADE" in cards and "SET NULL" in cards
    assert cards["删除主键约束"] == "ALTER TABLE tb_name DROP PRIMARY KEY"
    assert "553-572" in cards["Mukan"]  # (a name over what is said of it keeps one card)


def test_a_table_of_one_words_forms_asks_each_form_in_the_other_language() -> None:
    note = (
        "# Verbs\n### Category 1\n| Form of Verb | English | Norwegian |\n| --- | --- | --- |\n"
        "| Infinitive | To throw | Å kaste |\n| Present | I throw | Jeg kaster |\n| Preterite | I threw | Jeg kastet |\n\n"
        "Category 2\n\n| Form of Verb | English | Norwegian |\n| --- | --- | --- |\n"
        "| Infinitive | To read | Å lese |\n| Present | I read | Jeg leser |\n| Preterite | I read | Jeg leste |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Infinitive" not in cards and "Present" not in cards
    assert cards["I threw, preterite — Norwegian"] == "Jeg kastet"
    assert cards["I read, present — Norwegian"] == "Jeg leser" and cards["I read, preterite — Norwegian"] == "Jeg leste"


def test_an_arrow_drawn_with_a_bar_is_an_arrow_and_a_negation_is_no_subject() -> None:
    note = (
        "# Hegel\n\nLo stato ha il diritto.\n\nSocietà civile: atomismo.\n\t\t   |->gli atomi si scontrano e si separano.\n\n"
        "10:11 10/6/2021\n\nnon è la storia a fare gli stati, ma gli stati a fare la storia di ogni popolo.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "|" not in cards and "Non" not in cards
    assert "|->" not in cards["Società civile"] and "→ gli atomi" in cards["Società civile"]


def test_an_article_alone_is_no_subject_and_a_break_ends_the_hidden_phrase() -> None:
    note = (
        "# IP\n\nAn IP address identifies a host.\n\n## Classes\n\nThe are 5 classes of IP addresses.\n\n"
        "## Gateway\n\nThe default gateway is the router of the network <br>\n"
    )
    fronts = _clozes(note)
    assert not any("{{c1::5 classes of IP addresses}}" in front for front in fronts)
    assert not any("<br>}}" in front for front in fronts)


def test_a_legend_label_over_its_symbols_is_no_term() -> None:
    note = (
        "# Theory\n\n### Recap:\n\n$$E(U) = \\sum P_{i}U(w_{i})$$\n\nWhere:\n- $P_{i}$ - probability of each outcome\n"
        "- $U(w_{i})$ is the utility derived from each outcome\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not any("Where" in front for front in fronts)


def test_a_flat_list_of_the_parts_opening_the_note_is_its_table_of_contents() -> None:
    note = (
        "# Tema 5 - Managing SELinux Security\n\n- Changing the SELinux Enforcement Mode\n- Controlling SELinux File Contexts\n"
        "- Adjusting SELinux Policy with Booleans\n\n## Introducción a SELinux\n\nCreado por la NSA para limitar a root.\n\n"
        "## Controlling SELinux File Contexts\n\n`restorecon` restaura el contexto por defecto.\n\n"
        "## Adjusting SELinux Policy with Booleans\n\n`setsebool -P` cambia un booleano de forma permanente.\n"
    )
    extraction = _extract(note)
    assert not any(card.kind == "enumeration" for card in extraction.cards)
    assert "table of contents" in _why(extraction)[3]


def test_a_heading_that_names_verses_is_a_part_not_a_term() -> None:
    note = (
        "# W3 Audio Lectures\n\n## Dan 9,25-26\n- 483 years after Neh 2 the Anointed One comes\n"
        "- The Hebrews followed a lunar calendar of 360 days, the Romans a 365-day calendar\n"
    )
    cards = _extract(note).cards
    assert not any(card.front == "Dan 9,25-26" for card in cards)
    assert any("{{c1::360 days}}" in card.front for card in cards)


def test_a_question_answered_only_by_another_question_or_its_own_items_is_left_open() -> None:
    note = (
        "# Fragenkatalog\n\n### Nach welcher DIN werden Zugversuche an Kunststoffen durchgeführt?\no Was ist in dieser Norm festgelegt?\n\n"
        "### Mit welchen Verfahren werden die folgenden Bauteile hergestellt?\no Zahnbürste o Heckscheinwerfer o PET-Flasche\n\n"
        "### Was ist ein Thermoplast?\nEin Kunststoff, der sich in einem Temperaturbereich verformen lässt.\n\n"
        "## Phrases\n\n- 你和肯吵架了吗?\n  - Did you have a fight with Ken?\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not any("DIN" in front or "folgenden" in front for front in fronts)
    assert any("Thermoplast" in front for front in fronts) and any("你和肯" in front for front in fronts)
    assert "unanswered" in _why(extraction)[3]


def test_shares_are_listed_with_what_has_them_and_never_asked_as_terms() -> None:
    note = (
        "# Demographic Data\n\nAccording to the 2011 Census\n- 59%: Christians\n- 25%: no religion\n- less than 0.5%: Jewish, Buddhist\n\n"
        "The population is very unequally distributed over the four parts of the UK.\n- 84%: England\n- just over 8%: Scotland\n"
    )
    extraction = _extract(note)
    cards = {card.front: card.back for card in extraction.cards}
    assert not any(front.startswith(("less than", "just over")) for front in cards)
    listed = next(back for front, back in cards.items() if front.startswith("According to the 2011 Census"))
    assert "- 59%: Christians" in listed and "- less than 0.5%: Jewish, Buddhist" in listed
    assert "share" in _why(extraction)[10]


def test_a_step_by_equation_numbers_and_a_figure_mark_lead_no_formula_card() -> None:
    note = (
        "# Drude\n\n## Conductivity\n\n#lookhere Fig(1)\n\nLet the conductor have $n$ electrons per unit volume:\n\n$$F = eE$$\n\n"
        "Therefore from $(2)$ and $(4)$:\n\n$$\\sigma = \\frac{ne^2\\tau}{m}$$\n\nHence (5) can be rewritten as:\n\n$$\\sigma = \\frac{ne^2\\lambda}{mv}$$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not any(front.startswith(("Fig", "from", "(5)")) or "rewritten" in front for front in fronts)


def test_a_note_that_strikes_through_many_phrases_marks_what_to_recall_with_them() -> None:
    facts = [
        "Gases are ~~highly compressible~~.", "Gas particles are ~~spread far apart~~ and have ~~low density~~.",
        "Molecules move in ~~straight lines~~ until they ~~collide~~.", "Pressure is ~~force per unit area~~.",
        "It is measured in ~~pascals~~, but more commonly ~~kilopascals~~.", "Boyle: pressure and volume are ~~inversely proportional~~.",
        "Charles: volume and temperature are ~~directly proportional~~.", "Kelvin starts at ~~absolute zero~~.",
        "Temperature is the ~~average kinetic energy of molecules~~.", "A space with no particles is a ~~vacuum~~.",
    ]
    note = "# Gases\n\n" + "\n".join(f"{n}. {fact}" for n, fact in enumerate(facts, 1)) + "\n"
    fronts = _clozes(note)
    assert "Gases are {{c1::highly compressible}}." in fronts and not any("~~" in front for front in fronts)
    few = "# Plan\n\nThe meeting is ~~on Monday~~ on Tuesday at noon in room 4.\n\nThe room holds ~~20~~ 30 people at most.\n"
    assert not any("{{c1::on Monday}}" in front for front in _clozes(few))


def test_what_the_notes_say_of_themselves_and_otherwise_are_no_answers() -> None:
    note = (
        "# Gases\n\n!> These notes are unfinished and are subject to change.\n\n# Standard Conditions\n\n"
        "The following are standards that you must memorize.\n\n| Name | Temperature |\n|---|---|\n| STP | 273.15 K |\n\n"
        "# Avogadro's Law\n\nAvogadro's Law is seldom directly used, so this will be a quick summary.\n\n"
        "# TLB\n\n- Ein Treffer liefert die Adresse sofort.\n    * Sonst ist eine Adressabbildung durch das Betriebssystem notwendig.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not any(front in ("Gases", "Standard Conditions", "Avogadro's Law", "Sonst") for front in fronts)
    assert "about the notes" in _why(extraction)[1]


def test_a_size_opening_an_item_is_a_quantity_not_its_numbering() -> None:
    note = "# Windows\n\n32-Bit Architektur\n* 4 GB Virtueller Adressraum\n    * 1 GB Seitentabelle und Kernelobjekte\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "4 GB Virtueller Adressraum" in fronts and "GB Virtueller Adressraum" not in fronts


def test_a_heading_that_says_these_are_notes_is_no_parent_on_a_front() -> None:
    note = "# Docker\n\n## Notes as I Study\n\n- Volume: WHAT you're storing\n- Bind mount: WHERE on the host it is stored\n"
    fronts = [card.front for card in _extract(note).cards]
    assert not any(front.startswith("Notes as I Study") for front in fronts)


def test_a_numbered_part_is_never_asked_under_its_numbered_sibling() -> None:
    note = (
        "# Verbs\n### Category 1: stem ends with 2+ consonants\n| Form | English | Norwegian |\n| --- | --- | --- |\n"
        "| Infinitive | To throw | Å kaste |\n\nCategory 2 - stem ends with 1 consonant\n\n| Form | English | Norwegian |\n"
        "| --- | --- | --- |\n| Infinitive | To read | Å lese |\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Verbs — Category 2" in fronts and not any("Category 1 — Category 2" in front for front in fronts)


def test_a_label_line_over_a_table_names_it_in_the_breadcrumb() -> None:
    note = (
        "# Verbs\n### Category 1\n| Form | English | Norwegian |\n| --- | --- | --- |\n| Infinitive | To throw | Å kaste |\n"
        "| Present | I throw | Jeg kaster |\n\nCategory 2\n\n| Form | English | Norwegian |\n| --- | --- | --- |\n"
        "| Infinitive | To read | Å lese |\n| Present | I read | Jeg leser |\n\nWe write $X \\sim B(n, p)$\n\n| Attribute | |\n| --- | --- |\n| Mean | $np$ |\n"
    )
    cards = {card.front: card.context for card in _extract(note).cards}
    assert cards["To read, infinitive — Norwegian"][-1] == "Category 2" and "Category 1" not in cards["To read, infinitive — Norwegian"]
    assert not any("We write" in crumb for context in cards.values() for crumb in context)


def test_an_aside_to_the_reader_is_no_fact() -> None:
    note = (
        "# Lectures\n\n## Dan 7,15-28\n- A time in Hebrew means one year.\n- FYI, guys in NYC still \"bust a sag\" and it's still ridiculous.\n"
        "- PS'in gazetesi var, Serbesti, burda da ITC elestiriliyor.\n"
    )
    fronts = _clozes(note)
    assert not any("bust a sag" in front for front in fronts) and any("Serbesti" in front for front in fronts)


def test_a_question_answered_in_a_sentence_keeps_its_long_list_of_details_apart() -> None:
    note = (
        "# networking\n\n## What is an IP Address?\n\nInternet Protocol - Opens up communication and allows devices to connect to the internet.\n\n"
        "* Router uses DHCP to give devices IP Addresses.\n* `192.168.1.xxx` - Why do they start with those digits\n"
        "  * The subnet mask is responsible for this\n  * Each group of 3 digits is called an octet\n"
        "  * The network portion stays the same on one network.\n  * Three IP addresses are reserved\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "question"}
    assert cards["What is an IP Address?"].startswith("Internet Protocol") and "DHCP" not in cards["What is an IP Address?"]


def test_a_proof_in_a_quote_is_the_quote_and_an_italic_qed_ends_one() -> None:
    note = (
        "# Group actions\n\n## Orbit-stabilizer theorem\n\n**Orbit-stabilizer theorem**: If $|G|<\\infty$, then $|G_x||\\theta_x|=|G|$.\n\n"
        "> **Proof**\n> Let $x\\in X$. We construct a bijection between $G/G_x$ and $\\theta_x$.\n\n"
        "The action of $G$ on $A$ is called *transitive* if there is only one orbit.\n\n"
        "## Trees\n\n__Proof of Theorem 1__\n_Backwards:_ Let $u, v$ be the ends of $e$.\n\n"
        "_Forwards:_ If $e$ is not a bridge of $G$, then $G - e$ is connected.\n\n_QED._\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert "Proof" not in fronts and not any(front.startswith("Forwards") for front in fronts)
    assert any("transitive" in front or "transitive" in card.back for front, card in zip(fronts, extraction.cards, strict=True))


def test_links_an_examples_value_an_elliptical_sentence_and_a_chapter_summary_label_make_no_card() -> None:
    note = (
        "# Polish Language\n\n- Pronunciation: [Youglish](https://youglish.com/polish) | [Forvo](https://forvo.com/pl/)\n"
        "- Example IP: `192.168.1.0/24`\n- Example of metadata: external IP address\n\n# Government\n\n"
        "The Prime Minister is elected as a member of parliament.\n\nThe Queen is not.\n\n# Sumario\n\nIn this chapter, you learned:\n"
        "- The getenforce and setenforce commands manage the SELinux mode.\n- The semanage command manages SELinux policy rules.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not any(front in ("Pronunciation", "Example IP") or "is not." in front or "you learned" in front for front in fronts)
    assert "Example of metadata" in fronts


def test_a_choice_between_lettered_options_with_values_is_no_term() -> None:
    note = (
        "# Prospect theory\n\n### Lottery effect\n\nProspect pair 6 -- choose between:\n- A: (0.001, $5,000)\n- B: ($5)\n\n"
        "Most prefer A, which is inconsistent with risk aversion.\n\n### Hilbert curves\n\n- A: D ← A ↓ A → B\n- B: C ↑ B → B ↓ A\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert not any(front.startswith("Prospect pair") for front in fronts)
    assert "lettered options" in _why(extraction)[5]


def test_a_devanagari_word_glossed_after_the_danda_is_a_term_and_its_meaning() -> None:
    note = (
        "# Hindi\n\n## Lesson 12\n\nLight verbs add a shade of meaning to the main verb.\n\n"
        "लेना । for the benefit of the agent\nदेना । away from the agent\nजाना । go to do, change of state\n"
        "पाना । manage to do\n\nमैं घर जाता हूँ ।\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert cards["लेना"] == "for the benefit of the agent" and cards["पाना"] == "manage to do"


def test_a_statement_cut_at_its_dash_is_no_term() -> None:
    note = (
        "# Security\n\n## NX bit\n\n- Executable space protection marks the stack as not executable.\n"
        "- Enabled by default in gcc — disable with `gcc -z execstack`\n- Around 2^21 possible values — we can probably brute force\n"
    )
    extraction = _extract(note)
    assert not any(card.front.startswith(("Enabled by", "Around 2")) for card in extraction.cards)
    assert "cut at its dash" in _why(extraction)[6]


def test_one_aspect_of_two_things_and_steps_in_like_words_are_each_a_card() -> None:
    note = (
        "# Algorithms\n\n#### Insertion Sort (p 16)\n- **Complexity**: *O(n<sup>2</sup>)* **Example In**: *src/sorting.cpp: insertionSort*\n\n"
        "#### Designing Algorithms\n- **Merge Sort**: (p 30)\n\t- **Complexity**: *O(n lg(n))* **Example In**: *src/sorting.cpp: mergeSort*\n"
        "\t- **Conquer**: Sort the two subsequences to produce a sorted answer.\n"
        "\t- **Combine**: Merge the two sorted subsequences to produce the sorted answer.\n\n"
        "- **Bubble Sort**: (p 40)\n\t- **Complexity**: *O(n<sup>2</sup>)* **Example In**: *src/sorting.cpp: bubbleSort*\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert {"Insertion Sort (p 16) — Complexity", "Merge Sort — Complexity", "Bubble Sort — Complexity"} <= set(fronts)
    assert "Combine" in fronts and "Conquer" in fronts
    assert "Bubble Sort" not in fronts  # (its answer, ``(p 40)``, is only where the book says it)


def test_a_proof_box_goes_on_over_lines_left_without_their_quote_mark() -> None:
    note = (
        ">[!thm]\n>Let $X$ be a [[Topological Space]], let $K$ be a [[Subset]] of $X$. Then,\n"
        ">1. If $K$ is [[Compactness]], then $K$ is [[Closed Set]].\n\n>[!proof]\n(1) Let $x\\in X-K$.\n>\n"
        "(2) Let $\\mathcal{U}$ be a [[Open Cover]] of $F$. As $\\mathcal{U}$ is an [[Open Cover]] of $K$.\n>\n"
        "(3) Suppose that $S$ is infinite with no [[Limit Point]].\n\nA [[Metric Space]] is a set with a distance.\n"
    )
    extraction = _extract(note)
    fronts = " ".join(card.front for card in extraction.cards)
    assert "Open Cover" not in fronts and "Limit Point" not in fronts
    assert "Closed Set" in fronts and "Metric Space" in fronts
    assert not any(card.front.startswith("Let $X$") for card in extraction.cards)  # (the theorem's setup states nothing)
    assert "proof" in _why(extraction)[5]


def test_a_date_before_a_titles_colon_is_no_crumb_and_a_question_under_a_question_no_answer() -> None:
    note = (
        "# 🧠 20/6/25: CompTIA A+ 1101 — Networking Basics\n\n## Devices\n\n| Device | Description |\n|---|---|\n"
        "| Hub | Broadcasts to all devices |\n| Modem | Converts analog to digital |\n\n"
        "**What is TOGAF**\n- How does it differ from Zachman or SABSA\n\nHelps break an enterprise into components.\n\n"
        "- $\\hat{w}$ is from $-\\pi$ to $\\pi$\n\t- hence the jump n the slides\n"
    )
    extraction = _extract(note)
    hub = next(card for card in extraction.cards if card.front == "Hub")
    assert hub.context[0] == "CompTIA A+ 1101 — Networking Basics"
    assert not any(card.front.startswith("What is TOGAF") for card in extraction.cards)
    assert not any("slides" in card.back for card in extraction.cards)


def test_an_acronym_spelled_out_right_over_its_points_takes_them_in_its_answer() -> None:
    note = (
        "# Normal forms\n\nBCNF - Boyce-Codd\n- Basically, the LHS **has** to be a super-key\n- No redundancy\n"
        "- has to be 3NF first\n- always a lossless conversion\n"
    )
    cards = [card for card in _extract(note).cards]
    bcnf = next(card for card in cards if card.front == "BCNF")
    assert bcnf.back.startswith("Boyce-Codd") and "lossless conversion" in bcnf.back and "No redundancy" in bcnf.back
    assert not any(card.kind == "cloze" and "super-key" in card.front for card in cards)


def test_an_answer_hidden_in_white_under_a_quizs_options_answers_it() -> None:
    note = (
        "# Ports Quiz\n\nWhich of the port numbers listed below are used by FTP over TLS/SSL?\n\n- [ ] 20\n- [ ] 989\n- [ ] 990\n- [ ] 5061\n\n"
        "<font color=white>989, 990</font>\n\n\nDynamic Host Configuration Protocol (DHCP) runs on:\n\n- [ ] UDP port 65\n- [ ] UDP port 67\n"
        "- [ ] UDP port 68\n\n<font color=white>UDP port 67 and 68</font>\n"
    )
    cards = {card.front.split("\n")[0]: card for card in _extract(note).cards}
    ftp = cards["Which of the port numbers listed below are used by FTP over TLS/SSL?"]
    assert ftp.back == "989, 990" and "- 5061" in ftp.front
    assert cards["Dynamic Host Configuration Protocol (DHCP) runs on:"].back == "UDP port 67 and 68"
    assert not any("Answer" in card.front for card in cards.values())


def test_my_answer_and_the_correct_answer_to_a_question_shown_as_a_picture_are_no_terms() -> None:
    note = (
        "## AP CSP: Test Corrections\n\n# Question 1\n![Q1](images/q1.png)\n\nMy Answer: D\nIncorrect because the code segment never changes the value of second.\n\n"
        "Correct Answer: B\nThe code segment assigns the initial value of first to temp.\n\n"
        "# Glossary\n\n**Citizen Science**: Scientific research conducted with participation from the general public.\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards if "Answer" in card.front or "Answer" in card.back] == []
    assert "Citizen Science" in [card.front for card in extraction.cards]
    assert "does not write out" in _why(extraction)[6] and "does not write out" in _why(extraction)[9]


def test_an_item_labelled_es_is_an_italian_worked_example() -> None:
    note = (
        "# Calcolo combinatorio\n\n- Metodo delle scelte successive:\n\t- ES:\n\t\t- Alfabeto di 36 caratteri\n"
        "\t\t- Scelte:\n\t\t\t- 1°) 1 carattere dei 36 totali\n\t\t\t- 2°) 1 carattere dei 36 totali.\n"
        "\t- Il numero di esiti è il prodotto del numero di scelte a ogni passo.\n"
    )
    extraction = _extract(note)
    assert not any("36" in card.front or card.front.startswith("ES") for card in extraction.cards)
    assert "worked example" in _why(extraction)[4]


def test_a_courses_textbook_and_description_and_a_note_bene_label_are_no_terms() -> None:
    note = (
        "# Immunology\n\n- 课程描述：德鲁大学-2019\n- 配套教材：Kuby Immunology 8e.\n\n## Angebot\n\n"
        "- Ausnahme\n\t- Beachten Sie: Die Annahme muss das Angebot ohne wenn und Aber akzeptieren\n"
        "- **MHC-II**: presents exogenous antigens to CD4 T cells\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert "MHC-II" in fronts
    assert not any(front in ("课程描述", "配套教材", "Beachten Sie") for front in fronts)
    assert "about the course" in _why(extraction)[4]


def test_a_list_cloze_never_starts_after_a_possessive_or_in_the_middle_of_a_longer_list() -> None:
    note = (
        "# Rome\n\n## Romulus\n\nAfter his apotheosis, various cults and festivals in his honour were established.\n\n"
        "## Law\n\nUK laws protect people because of their age, disability, sex, pregnancy and maternity, race, religion or belief, sexuality or marital status.\n"
    )
    clozes = _clozes(note)
    assert not any("{{c1::apotheosis" in front or "{{c1::race" in front for front in clozes)


def test_a_sum_in_words_is_not_split_at_its_minus() -> None:
    note = "# Intervals\n\n- Major interval - `<HS>` = minor interval\n- perfect interval - `<HS>` = diminished interval\n- Hub - broadcasts to all devices\n"
    cards = _extract(note).cards
    assert not any(card.kind == "definition" and card.front in ("Major interval", "perfect interval") for card in cards)
    assert any(card.kind == "definition" and card.front == "Hub" for card in cards)


def test_a_question_answered_only_by_another_question_with_its_example_in_brackets_is_unanswered() -> None:
    note = (
        "# Contrats\n\nOù, quand et comment on va payer ?\n\n"
        "Qui est responsable du bien entre la contraction et la livraison du bien ? (voiture achetée qui brûle dans l'entrepot)\n\n"
        "**Préambule** : introduction, exposé préliminaire des motifs qui ont guidé les législateurs\n"
    )
    cards = _extract(note).cards
    assert not any(card.kind == "question" and card.front.startswith("Où, quand") for card in cards)
    assert any(card.front == "Préambule" for card in cards)


def test_an_answer_line_whose_question_is_elsewhere_is_no_cloze() -> None:
    note = (
        "# Ports Quiz\n\nAn FTP data transfer connection is established through a TCP port number\n\nA. 23\n\nB. 20\n\n"
        "```mermaid\ngraph LR;\nA[FTP client] --> B[FTP server]\n```\n\n<font color=white>So the correct answer is 20.</font>\n\n"
        "**Answer:** LDAP 389, LDAPS 636, RDP 3389\n"
    )
    assert not [front for front in _clozes(note) if "Answer" in front or "answer is" in front]


def test_a_word_list_typed_in_two_piped_columns_is_a_card_a_line() -> None:
    note = (
        "# Spanish Notes\n\nSpanish  | English\n::|::\nYo  | I\nTu, Usted  | You\nEl | he\n\n::|::\n\n"
        "Como, comes, come  | Eat\nHablo, hablas, habla | speak\nBebo, bebe , beben  |  Drink\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    assert cards["Yo"].back == "I" and cards["Hablo, hablas, habla"].back == "speak"
    assert "Spanish" not in cards and "|" not in cards
    assert all(card.context == ("Spanish Notes",) for card in cards.values())


def test_numbered_question_and_answer_pairs_are_cards_and_skills_to_practise_no_list() -> None:
    note = (
        "# Fiche de révision\n\n## Compétences travaillées dans la séquence\n- Argumenter\n- Analyser des résultats\n- Réaliser un schéma\n\n"
        "## Flashcards\n\n1. \n    - Qu'est-ce qu'un chromosome ?\n    - C'est une structure visible dans la cellule qui est composée d'ADN.\n"
        "2. \n    - Que détermine une paire de chromosomes sexuels ?\n    - Elle détermine le sexe de l'individu.\n"
    )
    cards = _extract(note).cards
    asked = {card.front: card.back for card in cards if card.kind == "question"}
    assert asked["Qu'est-ce qu'un chromosome ?"].startswith("C'est une structure")
    assert asked["Que détermine une paire de chromosomes sexuels ?"] == "Elle détermine le sexe de l'individu."
    assert not any(card.kind == "enumeration" for card in cards)


def test_a_quiz_heading_over_ticked_options_asks_with_the_ticked_ones_as_its_answer() -> None:
    note = (
        "# M2\n\n## ¿Cuál es la capa más externa en el concepto de seguridad de defensa en profundidad?\n\n"
        "1. [ ] Perímetro\n2. [x] Seguridad física\n3. [ ] Red\n\n> De lo externo a lo interno: la seguridad física, la identidad, el perímetro.\n\n"
        "## Seleccione solo las afirmaciones que sean ciertas\n\n- [ ] Las regiones son centros de datos.\n- [x] Un grupo de gestión puede soportar RBAC.\n"
    )
    cards = {card.front.split("\n")[0]: card for card in _extract(note).cards if card.kind == "question"}
    layer = cards["¿Cuál es la capa más externa en el concepto de seguridad de defensa en profundidad?"]
    assert "Seguridad física" in layer.back and "Perímetro" not in layer.back and "De lo externo" in layer.extra
    assert "RBAC" in cards["Seleccione solo las afirmaciones que sean ciertas"].back


def test_another_thing_and_a_suggestion_label_a_remark_not_a_term() -> None:
    note = (
        "# Introduction\n\n- Suggestion: traditions are invented not because the old ways are no longer viable.\n"
        "- Another thing: \"irrational elements\" are important for the maintenance of the social fabric.\n"
    )
    assert not any(card.kind == "definition" and card.front in ("Suggestion", "Another thing") for card in _extract(note).cards)


def test_tags_heading_at_the_top_and_a_list_that_restates_its_plural_label_make_no_card() -> None:
    note = (
        "*25-06-2025*\n#### Tags: [[Salient features of the world's physical geography]], [[Important Geographical Phenomenon]]\n\n"
        "## IP\n\n### IPs estáticos e dinâmicos\n\n- IP estático\n    - Não muda com o tempo.\n- IP dinâmico\n    - Muda a cada conexão.\n"
    )
    cards = _extract(note).cards
    assert not any(card.front == "Tags" or card.kind == "enumeration" for card in cards)


def test_a_german_tasks_operator_opens_an_exercise_not_a_fact() -> None:
    note = "# Aufgaben\n\nNenne mindestens drei Beispiele, wo das **Schlüssel-Schloss-Prinzip** eine Rolle spielt!\n"
    extraction = _extract(note)
    assert not extraction.cards
    assert "objective" in _why(extraction)[3]


def test_an_item_opening_with_greater_than_a_number_keeps_its_sign() -> None:
    note = (
        "# Accredited Investors\n\n- Individuals\n    - >200k annual income (single) in past 2 years\n"
        "    - >1 mil in net worth, excluding primary residence\n"
    )
    said = " ".join(card.front + " " + card.back for card in _extract(note).cards)
    assert "\\>200k" in said or ">200k" in said
    assert "\\>1 mil" in said or ">1 mil" in said


def test_a_value_a_term_takes_then_its_meaning_is_split_at_the_arrow() -> None:
    note = (
        "# Elasticidades\n\n- classificação\n    - ERD < 0 -> bem inferior, elasticidade negativa\n"
        "    - ERD = 0 -> bem de consumo saciado, elasticidade nula\n    - ERD = 1 -> bem normal, elasticidade-renda unitária\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards if card.kind == "definition"}
    assert cards["ERD = 0"].startswith("bem de consumo saciado") and cards["ERD = 1"].startswith("bem normal")


def test_re_is_no_term_and_which_of_the_without_its_mark_asks() -> None:
    note = (
        "# Ingestion\n\n- apis\n    - re: dont build one unless you gotta, and the expense of maintaining is lower\n\n"
        "## Quiz\n\nRADIUS uses UDP for its messages.\n\nWhich of the ports listed below are used by **RADIUS**\n\n"
    )
    extraction = _extract(note)
    assert not any(card.front == "re" or "Which of" in card.front for card in extraction.cards)
    assert "regarding" in _why(extraction)[4] or "remark" in _why(extraction)[4]


def test_a_statement_over_lettered_options_and_an_answer_line_is_a_quiz_question() -> None:
    note = (
        "# TCP and UDP Ports Quiz\n\nTrivial File Transfer Protocol (TFTP) uses:\n\nA. UDP port 66\n\nB. UDP port 67\n\n"
        "C. UDP port 69\n\n<font color=white>UDP port 69</font>\n\nAn FTP data transfer connection uses a TCP port number\n\nA. 23\n\nB. 20\n\n"
        "```mermaid\ngraph LR;\nA --> B\n```\n"
    )
    extraction = _extract(note)
    cards = {card.front.split("\n")[0]: card for card in extraction.cards}
    tftp = cards["Trivial File Transfer Protocol (TFTP) uses:"]
    assert "C. UDP port 69" in tftp.front and "69" in tftp.back
    assert not any(front.startswith(("B.", "An FTP", "TCP and UDP")) for front in cards)
    assert "without an answer" in _why(extraction)[13]


def test_an_author_field_and_a_range_of_numbered_kinds_are_no_terms() -> None:
    note = (
        "# Glossar\n\nAutoren: Lucas Rühe, Paul Friedrich Vierkorn\nDatum: 2024-10-15_08-00\n\n## Sprachklassen\n\n"
        "- Typ 0 - Typ 3\n- Typ 3 - reguläre Sprachen, von endlichen Automaten erkannt\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Autoren" not in fronts and not any(front == "Typ 0" for front in fronts)


def test_a_wrapped_lines_last_words_over_a_list_are_no_label() -> None:
    note = (
        "# Mass-Producing Traditions\n\n## German Nationalism\n\n- Problem: Difficult to fit history of the Holy Roman Empire into a\n"
        "  mould. Also, nothing historically suggested it had to happen.\n"
        "- They expressed it mostly with *buildings and monuments*, three monuments taken\n"
        "  to heart:\n    - Monument to Arminius the Cheruscan\n    - Niederwald monument above the Rhine\n"
        "    - Centenary memorial of the battle of Leipzig\n- So what about *national symbol*. One was Germania.\n"
    )
    assert not any(card.front.startswith("to heart") for card in _extract(note).cards)


def test_a_headings_sentence_ending_in_a_comma_over_a_list_takes_the_list() -> None:
    note = (
        "# Notizen\n\n## Rechte der Endverbraucher\n\nEin Endverbraucher hat das Recht darauf, \n\n"
        "- die über ihn gespeicherten Daten abzurufen.\n- falsche Daten korrigieren zu lassen.\n- der Verarbeitung seiner Daten zu widersprechen.\n"
    )
    card = next(card for card in _extract(note).cards if card.front == "Rechte der Endverbraucher")
    assert "korrigieren" in card.back and "widersprechen" in card.back


def test_a_links_reference_line_is_no_fact() -> None:
    note = (
        "# Summary\n\nTraditions are invented to give new states legitimacy.\n\n"
        "[The Invention of Tradition]: ./(Canto) Eric Hobsbawm, Terence Ranger - The Invention of Tradition -Cambridge University Press (1992).pdf\n"
    )
    extraction = _extract(note)
    assert not any("University Press" in card.front for card in extraction.cards)
    assert "reference" in _why(extraction)[5]


def test_a_search_term_to_look_up_and_a_remark_on_how_hard_adding_is_make_no_card() -> None:
    note = (
        "# die Vergangenheit\n\n## Starke Verben\n\nDie starken Verben ändern ihren Stammvokal.\n\n"
        "A search term to help research this concept might be: **Ablautreihen Germanistik** wiki\n\n"
        "# Adjektive Deklination\n\nAdding adjectives to German nouns is a bit hard.\n\n- der gute Mann\n- die gute Frau\n"
    )
    cards = _extract(note).cards
    assert not any("Ablautreihen" in card.front or card.front == "Adjektive Deklination" for card in cards)


def test_a_formulas_legend_is_said_with_it_and_a_label_over_a_formula_asks_it() -> None:
    note = (
        "# RC Circuits\n\n#### Series RC Circuit\nCurrent:\n$$ I(t) = I(0)e^{-t/RC} $$\n- $I(0)$ = Original Current\n- $t$ = time\n"
        "- $R$ = Resistance of Circuit\n- C = Capacitance of Capacitor\n\n- RC is called the time constant of the circuit\n\n"
        "Voltage across the capacitor as it charges\n$$ V_C = \\epsilon(1-e^{-t/RC}) $$\n- $\\epsilon$ = Electromotive Force (emf)\n- $t$ = time\n"
    )
    cards = _extract(note).cards
    current = next(card for card in cards if card.front == "Current")
    assert "I(t) = I(0)e^{-t/RC}" in current.back and "Original Current" in current.extra
    assert not any(card.front in ("$I(0)$", "$R$", "$\\epsilon$") for card in cards)
    charging = next(card for card in cards if card.front.startswith("Voltage across the capacitor"))
    assert "Electromotive Force" in charging.extra


def test_a_hugo_shortcode_around_words_is_the_pages_style_not_what_it_says() -> None:
    note = (
        "# 生理学\n\n## 体液调节\n\n- 类型：{{% hzl %}}远距分泌、|旁分泌、|自分泌、|神经内分泌{{% /hzl %}}\n"
        "- 特点：{{% hzl %}}作用缓慢而持久、作用面广泛、相对不精确{{% /hzl %}}\n\n"
        "| 调节方式 | 参与 |\n|---|---|\n| {{< tc left >}}神经调节{{< /tc >}} | 神经系统 |\n| {{< tc left >}}体液调节{{< /tc >}} | 激素 |\n"
    )
    cards = _extract(note).cards
    said = " ".join(card.front + " " + card.back for card in cards)
    assert "{{" not in said and "远距分泌、旁分泌" in said and "作用缓慢而持久" in said


def test_a_practice_question_with_its_setup_and_an_answer_in_italics_is_one_question() -> None:
    note = (
        "# Azure\n\n## Load balancing\n\n"
        "- A company has setup a Load balancer that load balances traffic on port 80 & 443 across 3 virtual machines. "
        "You have to ensure that all RDP traffic is directed towards a VM named demovm. How would you achieve this? "
        "_By creating an inbound NAT rule_\n"
        "- If no rules other than the default NSG rules are in place, will VMs on SubnetA be able to reach the Internet? "
        "_Yes, the default outbound rules allow it._\n"
    )
    cards = _extract(note).cards
    assert not any(card.kind == "cloze" for card in cards)
    nat = next(card for card in cards if card.back == "By creating an inbound NAT rule")
    assert nat.kind == "question" and nat.front.startswith("A company has setup") and nat.front.endswith("How would you achieve this?")
    assert any(card.front.endswith("reach the Internet?") and card.back.startswith("Yes, the default") for card in cards)


def test_a_cases_name_over_its_fields_is_one_record_not_a_card_per_field() -> None:
    note = (
        "津地鎮祭事件\n津市が公金7663円を支出\n争点：２０条３項で禁止される「宗教的活動」の判断基準は\n結論：目的効果基準\n\n"
        "愛媛県玉串料訴訟\n事案：玉串料等の支出(お供えのお金、約76,000円)\n争点：玉串料を県の公金から支出、奉納したことが憲法20条3項に違反するか\n"
        "結論：違反する\n判旨：目的が宗教的意義をもち、その効果が援助、助長、促進になる。\n    憲法20条3項の禁止する宗教的活動にあたる\n"
    )
    cards = _extract(note).cards
    assert not any(card.front in ("事案", "争点", "結論", "判旨") for card in cards)
    case = next(card for card in cards if card.front == "愛媛県玉串料訴訟")
    assert "結論：違反する" in case.back and "争点" in case.back


def test_a_word_and_its_opposite_joined_by_a_two_headed_arrow_is_no_term_and_meaning() -> None:
    note = "# Processes\n\n- Steady <-> unsteady (transient)\n- Entitätsmenge <--> alle Datensätze\n- Hund <-> dog\n"
    cards = _extract(note).cards
    assert not any(card.front == "Steady" for card in cards)
    assert any(card.front == "Entitätsmenge" and card.back == "alle Datensätze" for card in cards)


def test_a_references_label_over_a_line_keeps_the_line_from_being_a_fact() -> None:
    note = "## Assumption\n\n1. The state may change with time\n2. The flow is uniform\n\n---\n\n參考資料:\n\n熱力學 Ch4 OCW\n"
    extraction = _extract(note)
    assert not any("OCW" in card.front for card in extraction.cards)
    assert "參考資料" in _why(extraction)[8]


def test_an_option_and_its_value_or_a_host_and_its_port_is_no_term() -> None:
    note = "# Kubernetes\n\n## Misc\n\n- --dry-run=client -o yaml\n- kubectl proxy --port=8080\n- browse localhost:8080\n- Timeout: 30 seconds by default\n"
    cards = _extract(note).cards
    assert not any(card.back in ("8080", "client -o yaml") or card.front.endswith(("--port", "localhost", "--dry-run")) for card in cards)
    assert any(card.front.endswith("Timeout") and card.back == "30 seconds by default" for card in cards)


def test_a_sentence_giving_a_formula_then_where_and_its_legend_is_one_card() -> None:
    note = (
        "# Capacitor\n\n### Parallel Plate Capacitor\n"
        'The energy stored by a capacitor is given by "$E = \\frac{1}{2}QV$" where:\n$E$ = Energy\n$Q$ = Charge\n$V$ = Voltage\n'
        "This formula is derived from the area under the graph of $V$ over $Q$:\n"
    )
    cards = _extract(note).cards
    energy = next(card for card in cards if "{{c1::$E = \\frac{1}{2}QV$}}" in card.front)
    assert energy.kind == "cloze" and "$Q$ = Charge" in energy.extra and "where" not in energy.front
    assert not any(card.front in ("$E$", "$Q$", "$V$") or "$E$ = Energy" in card.front for card in cards)


def test_a_progress_mark_with_a_date_is_no_point_of_the_part() -> None:
    note = (
        "### Manage resource groups\n\n- ✔️ Feb 27\n- Locks prevent the content of the RG from changing\n- Tags organise resources by cost centre\n\n"
        "### Monitor & troubleshoot virtual networking\n\n- ❌ Mar 4\n"
    )
    cards = _extract(note).cards
    assert not any("Feb 27" in card.back or "Mar 4" in card.back for card in cards)
    assert any("Locks prevent" in card.front + card.back for card in cards)


def test_in_other_words_over_a_formula_names_no_term() -> None:
    note = (
        "## What is VC-dimension?\n\nThe VC-dimension of a hypothesis set is the largest size of a dataset it can shatter.\n\n"
        "In other words:\n\\\\[d_H = breakpoint_H - 1\\\\]\n"
    )
    assert not any(card.front == "In other words" for card in _extract(note).cards)


def test_a_word_opening_a_clause_mid_sentence_is_no_part_of_the_name_hidden() -> None:
    note = "# Chemical Equilibrium\n\n## Q\n\nThe reaction might shift when concentrations change, If Q = K, then there is no shift at all.\n"
    assert not any("{{c1::If" in card.front for card in _extract(note).cards)


def test_a_sentence_asking_into_what_or_pointing_at_the_example_above_makes_no_cloze() -> None:
    note = (
        "# Cognitive Revolution\n\n## Timeline\n\nThe timeline runs from 1950 to 1970.\n\n"
        "George Miller quantified memory (literally) into what **number**.\n\n"
        "You can set a failover, so in the e.g., above, you can set **Canada East** as the Primary for failover.\n\n"
        "Noam Chomsky published **Syntactic Structures** in 1957.\n"
    )
    clozes = _clozes(note)
    assert not any("number" in cloze or "Canada East" in cloze for cloze in clozes)
    assert any("{{c1::Syntactic Structures}}" in cloze for cloze in clozes)


def test_a_next_step_label_over_commands_is_no_term() -> None:
    note = (
        "# Cloud SDK\n\n### Installation\n\nThe ``` gcloud init ``` command is a shortcut for login and config\n\n"
        "Once completed run:\n* ``` gcloud config list ``` allows to view the default project\n* ``` gcloud info ```\n"
    )
    assert not any(card.front.startswith("Once completed") for card in _extract(note).cards)


def test_a_word_list_makes_a_card_of_every_short_pair_and_no_list_to_recite() -> None:
    words_ = ["der Rücken = back", "der Arm = arms", "der Kopf = head", "der Bauch = belly", "das Knie = knee", "die Nase = nose"]
    note = (
        "## Vokabeln\n\n" + "".join(f"- {pair}\n" for pair in words_)
        + "## Verben\n+ erzählt (hat erzählt) = tell a story\n+ verletzen (hat verletzt) = to hurt\n+ ein Tor schießen = to shoot a goal\n"
    )
    cards = _extract(note).cards
    fronts = {card.front.split(" › ")[-1]: card.back for card in cards}
    assert fronts.get("der Rücken") == "back" and fronts.get("der Arm") == "arms" and fronts.get("die Nase") == "nose"
    assert not any(card.kind == "enumeration" for card in cards)
    assert any(card.back == "to hurt" for card in cards)


def test_a_question_whose_answer_trails_off_is_no_card() -> None:
    note = (
        "# Mind\n\n**Thomas Nagel's** argument:\n\n- You can imagine being a bat, but you are just imagining *you* being a bat.\n"
        "- You have no idea what they feel.\n- Why do you not know? There's something that's missing...\n"
    )
    assert not any(card.front == "Why do you not know?" for card in _extract(note).cards)


def test_a_statement_over_what_follows_from_it_is_no_term() -> None:
    note = (
        "# Lock-and-key Model\n\n- An enzyme has a specific 3D shape.\n\t- It has a part called the **active site**\n"
        "- The products then leave the active site\n\t- The enzyme molecules remain unchanged and are free to combine again\n"
        "- A major difference between old and new enzymes:\n\t- Old ones are specific and strongly binding, new ones are vague\n"
    )
    cards = _extract(note).cards
    assert not any(card.front.endswith("The products then leave the active site") for card in cards)
    assert any(card.front.endswith("A major difference between old and new enzymes") for card in cards)


def test_a_flashcard_written_front_question_mark_back_is_one_card() -> None:
    note = (
        "# Blackjack\n\n### Deck\n\nA,A\n\n?\n\nAlways split aces.\n\n||2|3|\n|-|-|-|\n|A,A|split|split|\n\n"
        "________________________________________________________________________________\n10,10\n\n?\n\nNever split tens.\n"
    )
    cards = _extract(note).cards
    assert not any(card.front == "?" for card in cards)
    aces = next(card for card in cards if card.front == "A,A")
    assert aces.kind == "question" and aces.back.startswith("Always split aces.") and "split" in aces.back.split("\n\n", 1)[1]
    assert any(card.front == "10,10" and card.back == "Never split tens." for card in cards)


def test_a_word_list_under_a_words_heading_is_nothing_to_recite() -> None:
    note = "# Words\n\n## Adverbs\n\n- leider - unfortunately\n- genau - exactly\n- nicht - not\n- wo - where\n"
    cards = _extract(note).cards
    assert not any(card.kind == "enumeration" for card in cards)
    assert any(card.front.endswith("leider") and card.back == "unfortunately" for card in cards)


def test_a_dash_before_the_second_half_of_a_thought_is_no_separator() -> None:
    note = "# DynamoDB\n\n## Use Cases\n\n- Logging high throughput data - e.g. coming off Kinesis Streams\n- Almost like a cache - but don't use it as a cache\n- State table\n"
    cards = _extract(note).cards
    assert not any(card.back in ("e.g. coming off Kinesis Streams", "but don't use it as a cache") for card in cards)


def test_a_formula_sheet_names_each_formula_and_a_label_over_them_is_no_term() -> None:
    note = (
        "# Ohms Law\nSolve for voltage:\n\n$$\nV = IR\n$$\n*Solve for resistance:*\n\n$$\nR = \\frac{V}{I}\n$$\n\n"
        "# Resistance\n\n> **Key equations:**\n>\n> Voltage inside a wire with current and resistance\n> $V = IR$\n>\n"
        "> Resistance inside a battery\n> $V_{ab}=\\epsilon-IR_{int}$\n\n"
        "# Kirchhoff\n\nFor this circuit kirchhoffs law states that\n$$\ni_1 = i_2 + i_3\n$$\n"
    )
    cards = _extract(note).cards
    fronts = {card.front: card.back for card in cards}
    assert "V = IR" in fronts["Solve for voltage"] and "R = \\frac{V}{I}" in fronts["Solve for resistance"]
    assert fronts.get("Voltage inside a wire with current and resistance") == "$V = IR$"
    assert "Key equations" not in fronts and not any("this circuit" in front for front in fronts)


def test_a_genus_shortened_before_its_species_ends_no_sentence() -> None:
    note = "# Staphylococcus\n\n## MRSA\n\n> **MRSA** je posebna vrsta S. Aureus odporna na meticilin. To doseže s spreminjanjem PBP, zato se zelo težko zdravi.\n"
    assert not any(card.front.rstrip().endswith("vrsta S.") for card in _extract(note).cards)


def test_a_name_in_chinese_over_a_list_is_its_label_not_the_headings_meaning() -> None:
    note = "# 电磁\n\n右手螺旋定则 (right hand grip rule)\n- Solenoid\n- Straight wire\n- Coil\n"
    cards = _extract(note).cards
    assert not any(card.front == "电磁" and "右手螺旋定则" in card.back for card in cards)


def test_the_lines_of_working_after_an_eg_item_are_the_examples_not_facts() -> None:
    note = (
        "# DynamoDB\n\n## Throughput\n\n- **Read Capacity Unit (RCU)** provides 1 strongly consistent read per second for items < 4KB.\n"
        "    - E.g. Your items are 10KB in size and you want to read 80 strongly consistent items per second.\n"
        "    - How many RCUs in 10KB:  10KB / 4KB = 2.5   =>  3\n    - Each item requires 3 RCUs; 80 items need:  3 * 80 = 240 RCUs.\n"
        "    - Strongly consistent reads =>  240 RCUs\n    - Eventually consistent reads => 120 RCUs\n"
    )
    extraction = _extract(note)
    assert not any("RCUs" in card.back and card.front.startswith(("Eventually", "Strongly", "Each item")) for card in extraction.cards)
    assert "worked example" in _why(extraction)[8]


def test_a_sentence_starting_on_its_verb_needs_a_heading_that_names_its_subject() -> None:
    note = (
        "# terraform basics\n\n## Understand Terraform basics\n\nProviders are plugins Terraform uses to manage resources.\n"
        "Declared in a `required_providers` block.\n"
    )
    extraction = _extract(note)
    assert not any(card.front.startswith("Declared in") for card in extraction.cards)
    assert "starts on its verb" in _why(extraction)[6]
    lambda_note = Path(__file__).parent / "quality" / "corpus" / "cloud-aws-dva-lambda.md"
    edge = extract(build_outline(load_text(lambda_note.read_text(encoding="utf-8"), lambda_note))).cards
    assert any(card.front.startswith("Used for running global AWS Lambda function") for card in edge)  # (under ``### Lambda@Edge``)


def test_a_quizdown_quizs_settings_and_its_description_are_no_facts() -> None:
    note = (
        "# M2 - Servicios principales\n\nTest de 14 preguntas relacionadas con el [módulo 2](../apuntes/modulo-2.md)\n\n"
        ":::{quizdown}\n\n---\nprimaryColor: \"#00bda4\"\nshuffleQuestions: false\nshuffleAnswers: true\n---\n\n"
        "## ¿Qué servicio ofrece máquinas virtuales?\n\n- [x] Azure Virtual Machines\n- [ ] Azure Functions\n"
    )
    cards = _extract(note).cards
    assert not any("primaryColor" in card.front or "{{c1::14}}" in card.front for card in cards)


def test_a_cloze_never_hides_what_the_card_says_elsewhere_or_half_a_name() -> None:
    note = (
        "# Networks\n\n## STP Load-Balancing\n\nIf you have multiple **VLANS**, blocking the same interface in each vlan is a waste of bandwidth.\n\n"
        "## Azure Storage\n\nA storage account is accessible from anywhere in the world over HTTP or **HTTPS**.\n\n"
        "## Non-inertial frames\n\nGravity on earth is similar to d'**Alembert** forces.\n\n"
        "## Dynamics\n\nNewton's second **Law** holds in each direction.\n\n"
        "## STP\n\nIn the example below, port G0/2 on switch 3 is the designated port as **G0/1** has the lowest port ID.\n"
    )
    clozes = _clozes(note)
    assert not any(hidden in cloze for cloze in clozes for hidden in ("{{c1::VLANS}}", "{{c1::HTTPS}}", "{{c1::Alembert}}", "{{c1::Law}}", "{{c1::G0/1}}"))


def test_an_arrow_a_quotation_and_a_double_dash_before_the_rest_of_a_thought_are_no_terms() -> None:
    note = (
        "# Mechanics\n\n## Work\n\n- -> W = $\\vec{F} \\cdot \\vec{x}$ if $\\vec{F}$ is const\n- Power is work per unit time\n- Energy is conserved\n\n"
        "## Analytische Geometrie\n\n> \"Ist eigentlich ein einfaches Thema\" - Espi\n\n### Vektoren\n\n- Vektoren sind Verschiebungen im Raum\n\n"
        "## Solutions\n\n> Either solves the problem -- although one can be much more difficult than the other.\n"
    )
    cards = _extract(note).cards
    assert not any(card.front.endswith(("-> W", "Either solves the problem")) or card.back == "Espi" or "Espi" in card.back for card in cards)


def test_what_the_notes_are_based_on_an_exam_part_title_and_a_list_begun_by_an_adjective_make_no_card() -> None:
    note = (
        "# Microsoft Certified: Azure Fundamentals\n## Microsoft Azure Fundamentals\n\n"
        "The notes here are based on the contents from [Microsoft Certified: Azure Fundamentals](https://learn.microsoft.com/)\n\n"
        "### Microsoft Azure Fundamentals: Describe cloud concepts\n- Cloud models:\n  - Hybrid cloud > uses both public and private clouds\n"
        "  - Multi-cloud > multiple public cloud providers\n\n### Azure VPN\n"
        "- Used for connections between virtual networks, point-to-site connections, multisite connections and coexistence with ExpressRoute\n"
        "- A VPN gateway sends encrypted traffic between an Azure virtual network and an on-premises location\n"
    )
    cards = _extract(note).cards
    assert not any("based on the contents" in card.back or card.back == "Describe cloud concepts" for card in cards)
    assert not any("virtual {{c1::networks" in card.front for card in cards)


def test_a_mark_for_a_term_a_next_topics_list_half_a_contraction_and_a_placeholder_make_no_card() -> None:
    note = (
        "# Music Theory\n\n## Note\n\n- There are 12 musical notes\n- There are NO notes between B - C and E - F.\n"
        "  - #: C - C# - D - D# - E - F - F# - G - G# - A - A# - B - C\n  - ♭: C - D♭ - D - E♭ - E - F - G♭ - G\n- Octave: an interval of 8 notes\n\n"
        "## Next Topics\n\n- CAGED System\n- Circle of Fifths\n- Tritone An interval of three whole tones\n\n"
        "# Biases\n\n## Attribution\n\n- If **XYZ** is late to work, it's because he's a lazy person.\n"
        "- We judge others on their character but ourselves on our circumstances.\n\n"
        "## Dissonance\n\nAn example: **Didn**'t get the Job, so the interview was unfair.\n\n"
        "## Rejection\n\nExample of Didn't get the Job. Instead of accepting the other person is better, find excuses.\n"
    )
    cards = _extract(note).cards
    assert not any(card.front in ("#", "Next Topics") for card in cards)
    assert not any("{{c1::XYZ}}" in card.front or "{{c1::Didn}}" in card.front or "{{c1::Job}}" in card.front for card in cards)


def test_bullets_typed_unindented_under_each_numbered_item_are_that_items_points() -> None:
    note = (
        "# Thinking Fast & Slow\n\n"
        "1. Spotlight Effect: Everyone is watching me\n- People overestimate how much others are observing them\n\n"
        "2. Anchoring Effect: Secret Weapon of Sales\n- The first number you hear sets your expectations\n- Car dealers will start with a higher price\n\n"
        "3. Halo Effect: First impressions\n- Initial positive impressions of a person outweigh negatives\n\n"
        "4. Paradox of Choice: Why less is more\n- Too much analysis leads to paralysis\n"
    )
    cards = _extract(note).cards
    spotlight = next(card for card in cards if card.front.endswith("Spotlight Effect"))
    assert "People overestimate how much others are observing them" in spotlight.back
    anchoring = next(card for card in cards if card.front.endswith("Anchoring Effect"))
    assert "Car dealers" in anchoring.back


def test_a_list_of_what_rises_and_what_falls_is_not_recited_by_its_verbs() -> None:
    note = (
        "## Glomerular Filtration Rate\n\n"
        "1. Increased resistance of __efferent arteriole__\n    * decreases: renal blood flow\n    * increases: P<sub>H</sub> and GFR\n"
        "2. Vasoconstriction of __afferent arteriole__\n    * decreases: renal blood flow, P<sub>H</sub>, and GFR\n    * increase: flow to other organs\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "list all" in card.front and "decrease" in card.back]
    assert any(card.front.endswith("— decreases") and card.back == "renal blood flow" for card in cards)


def test_a_latin_word_inside_a_line_without_spaces_counts_as_a_word_of_the_note() -> None:
    note = (
        "# Route 53\n\n## DNSレコード\n\n"
        "* ホストゾーンにルーティング方法となるDNSレコードを作成\n"
        "* DNSクエリにAWSサービスのエンドポイントのIPアドレスを返答\n"
        "* 可用性100%のSLA（AWSが保証）\n* AWSが自動的に行ってくれる\n* AWSリソースが選択可能になる\n"
    )
    clozes = _clozes(note)
    assert not any("{{c1::DNS}}" in front or "{{c1::AWS}}" in front for front in clozes)


def test_a_cloze_never_hides_a_piece_of_an_address_or_half_of_a_compound() -> None:
    clozes = _clozes(
        "## DNS records\n\nOther record types: https://docs.aws.amazon.com/ja_jp/Route 53/latest/DeveloperGuide/ResourceRecordTypes.html\n\n"
        "## APC细胞\n\nAPC细胞包括巨噬细胞、树突状细胞和B细胞等，可吞噬/消化细胞外的抗原，合成MHC-抗原复合物，呈递给T细胞。\n"
    )
    assert not any("{{c1::DeveloperGuide" in front or "{{c1::MHC-}}" in front for front in clozes)


def test_a_latin_plural_label_under_two_headings_is_two_cards_each_with_its_heading() -> None:
    note = (
        "## Hormonal Regulation\n\n### Arginine Vasopressin (AVP)\n`AKA Anti-Diuretic Hormone (ADH), Vasopressin`\n"
        "* Influences H2O reabsorption\n* Released by __posterior pituitary gland__\n"
        "* Stimuli: High plasma osmolarity, low blood volume, low blood pressure\n\n"
        "### Aldosterone\n* Regulates Na+ Reabsorption\n* Steroid hormone\n"
        "* Stimuli: Angiotensin II, Hyperkalemia (high [K+])\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Arginine Vasopressin (AVP) — Stimuli"] == "High plasma osmolarity, low blood volume, low blood pressure"
    assert cards["Aldosterone — Stimuli"] == "Angiotensin II, Hyperkalemia (high [K+])"


def test_notes_to_self_and_pointers_to_exercises_are_no_cards() -> None:
    note = (
        "# Mandarin\n\n## hints for myself\n\n"
        "- instead of just putting the words I've learnt so far I should tackle directly the HSK1-vocabulary\n"
        "- learn those 150 words and we are already fine\n\n"
        "## 例题\n\n进一步的例题参见习题 2-7, 2-9。\n\n"
        "## 6.3 series and parallel capacitors\n\n> why is this a stand-alone section?\n\n"
        "- **equivalent capacitance**\n  - N-parallel-connected capacitor\n    - $C_{eq}=C_1+C_2$\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "myself" in card.front or "2-7" in card.front or "stand-alone" in card.front]
    assert any(card.back == "$C_{eq}=C_1+C_2$" for card in extraction.cards)
    assert "where to read more" in _why(extraction)[10]


def test_a_formula_over_how_it_follows_is_the_answer_of_the_item_above_it() -> None:
    note = (
        "## capacitors\n\n- **current-voltage relationship** of the capacitor\n  - $i=C\\frac{dv}{dt}$\n"
        "    - $q=Cv \\to \\frac{dq}{dt}= C\\frac{dv}{dt}$\n    - and $i=\\frac{dq}{dt}$\n"
        "  - capacitors that satisfy such relationship is said to be *linear*\n"
    )
    card = next(card for card in _extract(note).cards if card.front.startswith("current-voltage relationship"))
    assert card.back.startswith("- $i=C\\frac{dv}{dt}$") and "linear" in card.back


def test_a_heading_that_asks_over_the_parts_of_its_answer_is_no_list() -> None:
    note = (
        "# SQL Evaluation Prep\n\n#### 18. what is normalization, 1NF - BCNF, benefits using normalization\n"
        "- normalization: a process of organizing data to minimize redundancy\n- pros: data consistency, save disk space\n"
        "- 1NF: all atomic values\n- 2NF: no partial dependency\n- 3NF: no transitive dependency\n- BCNF: stricter version of 3NF\n\n"
        "#### 19. what are the immutable objects\n1. tuple\n2. string\n3. frozenset\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "normalization" in front and "list all" in front]
    assert any("immutable objects — list all 3" in front for front in fronts)


def test_an_html_picture_is_no_part_of_a_cloze_and_its_bold_title_no_fact() -> None:
    clozes = _clozes(
        "### Overview\n\n>__Fluid Movement Along the Nephron__\n><img src=\"./Figures/fluid%20percentage.png\">\n\n"
        "## Infraestructura\n\nLos puntos azules corresponden a donde tiene alojados Amazon sus **CPDs** <img width=\"938\" src=\"https://example.org/a.png\">\n"
    )
    assert not [front for front in clozes if "<img" in front or "Movement" in front]
    assert "Los puntos azules corresponden a donde tiene alojados Amazon sus {{c1::CPDs}}" in clozes


def test_a_list_that_goes_on_after_a_picture_is_not_all_its_heading_names() -> None:
    note = (
        "## Nephrons\n\n### Anatomy\n\n<img src=\"./Figures/Nephrons.png\">\n\n* Afferent - Admitted\n* Efferent - Exiting\n  \n"
        "<img src=\"./Figures/Nephron%20parts.png\">\n  \n* __Renal Corpuscle:__ Bowman's Capsules & Glomerulus\n"
        "* __Loop of Henle__: Everything between proximal and distal tubule\n\n"
        "## Fleming's right hand dynamo rule\n\n- Forefinger point to the FIELD\n- Second finger points to conventional CURRENT\n"
        "- Thumb points to THRUST\n\nCurrent & voltage can be increased by:\n- moving the magnet faster\n- using a stronger magnet\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Anatomy — list all 2" not in fronts
    assert "Fleming's right hand dynamo rule — list all 3" in fronts


def test_a_backslash_at_the_end_of_a_line_ends_its_statement() -> None:
    note = (
        "## Storage Classes\n\n#### Nearline Storage\nbest for infrequent access, (**once per month**).\\\n"
        "min storage duration: 30 days\\\nex: data backups, long-tail multimedia content, or data archiving\n"
    )
    clozes = _clozes(note)
    assert "min storage duration: {{c1::30 days}}" in clozes
    assert not [front for front in clozes + [card.back for card in _extract(note).cards] if "\\" in front]


def test_bullets_tabbed_under_a_label_a_space_in_are_its_list() -> None:
    note = "### Consumers\n Consumers: \n\t- Write own: KCL, SDK\n\t- ==Managed: Lambda, KDF, KDA==\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("Consumers — list all 2") == "- Write own\n- Managed"
    assert not [front for front in cards if front.startswith("-")]


def test_numbered_tasks_each_over_its_commands_ask_the_task_and_answer_with_the_commands() -> None:
    note = (
        "### Practice Questions and Answers\n\n"
        "1. Create the user \"julie\" with uid 4332.\n```console\n[root@rhcsa ~]# useradd -u 4332 julie\n```\n"
        "2. Archive & compress for /etc directory under /var/tmp/archive.tar.bz2 format\n```console\ntar -cjf /var/tmp/archive.tar.bz2 /etc\n```\n\n"
        "As seen above user harry can't read the `/var/tmp/fstab` file.\n"
    )
    cards = _extract(note).cards
    asked = {card.front: card.back for card in cards if card.kind == "question"}
    assert asked['Create the user "julie" with uid 4332.'] == "```console\n[root@rhcsa ~]# useradd -u 4332 julie\n```"
    assert "tar -cjf" in asked["Archive & compress for /etc directory under /var/tmp/archive.tar.bz2 format"]
    assert not [card for card in cards if card.kind == "cloze"]


def test_a_worked_examples_givens_and_its_html_checklist_are_no_cards() -> None:
    note = (
        "## One-Step Binomial Model\n\nObjectives:\n\n"
        "1. <input type=\"checkbox\" checked/> Calculate value of American and European call or put option using a one-step model\n"
        "2. <input type=\"checkbox\" checked/> Describe how volatility is captured in the binomial model\n\n"
        "| Variable | Description                | Values |\n| -------- | ---------- | ------ |\n"
        "| P        | Current Stock Price        | $100   |\n| X        | Option's Exercise Price    | $175   |\n"
        "| i        | Risk-Free Interest Rate    | 8%     |\n| c        | Value of call option today | ?      |\n\n"
        "Setting above two equal, portfolio is certain to equal 25 in this risk-neutral setup.\n"
    )
    extraction = _extract(note)
    assert not extraction.cards
    assert "worked example" in _why(extraction)[8]


def test_a_scenario_its_question_and_the_answer_below_are_one_card() -> None:
    note = (
        "## Scenario 01\n#s3 #s3ta\n- NASA scientist is trying to upload high-res image to S3;\n- Image size is 3GB;\n"
        "- He is using S3 Transfer Acceleration;\n- S3TA did not result in an accelerated transfer;\n"
        "- How AWS would charge this image transfer?\n- Answer:\n"
        "\t- AWS won't charge for the image upload, because with S3TA you pay ONLY for transfers that ARE INDEED accelerated.\n"
    )
    cards = _extract(note).cards
    assert len(cards) == 1 and cards[0].kind == "question"
    assert cards[0].front.startswith("- NASA scientist") and cards[0].front.endswith("How AWS would charge this image transfer?")
    assert "you pay ONLY for transfers" in cards[0].back


def test_an_item_whose_term_stands_alone_over_its_meaning_is_a_definition() -> None:
    note = (
        "### Basic Concepts of Statistics\n* Basic Concepts\n  * Descriptive statistics\n"
        "    How data can be **summarised effectively** to describe the important aspects\n"
        "  * Skewness\n    Whether the distribution of returns is symmetrically shaped\n\n"
        "## Principles of Deadlock\n\n- A set of processes\nis deadlocked when each process in the set is blocked awaiting an event\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Descriptive statistics"] == "How data can be **summarised effectively** to describe the important aspects"
    assert cards["Skewness"] == "Whether the distribution of returns is symmetrically shaped"
    assert "A set of processes" not in cards


def test_a_heading_that_names_a_part_after_its_colon_is_no_definition() -> None:
    note = (
        "## Statistics\n\n### Measures of Central Tendency: Means\n* Arithmetic Mean\n  * Population Mean: the sum of all values divided by N\n\n"
        "### AI: Artificial Intelligence\n\n- the field of making machines that think\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Measures of Central Tendency" not in cards
    assert any(front.startswith("AI") for front in cards)


def test_numbered_layers_with_their_names_in_brackets_are_no_list_and_see_for_details_no_fact() -> None:
    note = (
        "## OSI Encapsulation\n\n- **Protocol Data Units (PDU):** Jede Schicht verwendet unterschiedliche PDUs:\n"
        "  - **Schicht 1 (Bitübertragungsschicht):** Bits\n  - **Schicht 2 (Sicherungsschicht):** Frames\n"
        "  - **Schicht 3 (Vermittlungsschicht):** Pakete\n  - **Schicht 5-7 (Sitzung, Darstellung, Anwendung):** Daten\n\n"
        "## Jamaican sprinting\n\nVoir les recherches de Yannis Pitsiladis pour plus de détails.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "list all" in card.front or "Pitsiladis" in card.front]


def test_a_list_of_what_its_front_names_already_is_not_recited() -> None:
    note = (
        "# OSI\n\n###Unterschied zwischen DoD- und OSI-Schichtenmodell\n"
        "- **OSI-Modell**: Theoretisches Referenzmodell mit 7 Schichten\n- **DoD-Modell (TCP/IP)**: Praktisches Modell mit 4 Schichten\n"
    )
    assert not [card for card in _extract(note).cards if "list all" in card.front]


def test_a_front_that_only_counts_its_term_and_an_ordinal_subject_are_no_cards() -> None:
    note = (
        "## Efficient Net\n\nConvNets essentially grow in _three directions_:\n- __Layers__: the number of layers\n"
        "- __Resolution__: the spatial width of layers\n\n"
        "## The heartbreak gene\n\nLa première est un certain nombre de mutations possibles qui entraînent une cardiomyopathie hypertrophique.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Layers" not in fronts and "Première" not in fronts
    assert any(front.endswith("Resolution") for front in fronts)


def test_the_notes_file_name_gives_away_what_it_spells_as_a_heading_would() -> None:
    note = (
        "## Modeling sequences\n\nThe target output sequence is the input sequence with an advance of one step.\n\n"
        "A similar concept is preserved in RNN thanks to unfolding, meaning that activations are updated at precise time steps.\n"
    )
    cards = extract(build_outline(load_text(note, Path("2023-05-02 - Recurrent Neural Networks.md")))).cards
    assert not [card for card in cards if "{{c1::RNN}}" in card.front]


def test_the_cases_of_a_formulas_value_under_it_are_its_cards_answer() -> None:
    note = (
        "## Elasticity\n\n### Income Elasticity of Demand\n\n$$E_i = \\frac{\\Delta Q}{\\Delta I}$$\n\n"
        "- Value is greater than 1 (normal good, income elastic)\n- Value is between 0 and 1 (normal good, income inelastic)\n"
        "- Value is negative (inferior good)\n"
    )
    cards = _extract(note).cards
    assert len(cards) == 1 and cards[0].front == "Income Elasticity of Demand"
    assert cards[0].back.endswith("- Value is negative (inferior good)")


def test_the_authors_labs_done_and_a_pointer_for_an_introduction_are_no_cards() -> None:
    note = (
        "# Chapter 4. VPCs\n\nFor an introduction, see [How Amazon VPC works](https://docs.aws.amazon.com/vpc/latest/userguide/how-it-works.html).\n\n"
        "## Labs\n\nDone:\n- Study Guide exercise 4.1 - Create VPC\n- Study Guide exercise 4.2 - Create subnets\n\n"
        "How I tested:\n1. Use alpha_vpc.tf to create the alpha_web_instance_2 instance.\n2. Stop the instance.\n"
    )
    assert not _extract(note).cards


def test_a_step_of_a_working_over_its_formula_is_no_card() -> None:
    note = (
        "## Elección de Mangos\n\nReemplazamos los mangos por E\n\n$$\n\\$ \\lessdot E \\gtrdot + \\lessdot E \\gtrdot \\$\n$$\n\n"
        "(Aunque no pongamos E porque estamos evaluando la gramática de los operadores unicamente.)\n\n$$\n\\$  \\$\n$$\n\n"
        "## Ohm\n\nThe voltage across a resistor:\n\n$$\nV = I R\n$$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith(("Reemplazamos", "(Aunque"))]
    assert any("voltage across a resistor" in front for front in fronts)


def test_a_heading_whose_title_goes_on_after_its_dash_is_one_title() -> None:
    note = (
        "# Networking in GCP\n\n## Routing - To the Right Resource\n\n"
        "* Latency Reduction -- solved with **Cross Region Load Balancing**\n* Load Balancing -- solved by using **Cloud Load Balancer**\n"
        "* System Design -- Solved by using **HTTP(S) Load Balancer**\n\n"
        "## Routing -- Among Resources (VPC)\n\n### Getting data from one resource to another\n\n* VPC is a global resource\n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards]
    assert "Routing to the Right Resource — list all 3" in fronts
    assert not [card for card in cards if card.back == "Among Resources (VPC)"]


def test_a_pictures_caption_and_a_pronoun_over_its_reason_are_no_terms() -> None:
    note = (
        "# Membranes\n  - Image of Membrane:\n\n    ![image](https://example.org/a.png)\n"
        "    - Each half of a phospholipid bilayer is a leaflet\n      - They are assymetrical\n"
        "        - One being how glycolipids, found on the extracellular leaflet, extend into the extracellular medium\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Image of Membrane" not in fronts and "They are assymetrical" not in fronts


def test_a_method_numbered_in_roman_is_named_by_the_words_after_it() -> None:
    note = (
        "# Locks & Synchronization\n\n## 3. Method I: Controlling Interrupts\n\n### Analysis\n\n**Pitfalls:**\n"
        "1. **Trust:** Requires the thread to perform a privileged instruction.\n"
        "2. **Multiprocessor Failure:** This does **not** work on multiple processors.\n"
    )
    cards = _extract(note).cards
    assert all("Method I" not in " › ".join(card.context) for card in cards)
    assert any("Controlling Interrupts" in " › ".join(card.context) for card in cards)


def test_a_line_that_goes_on_from_the_one_above_and_a_from_above_are_no_cards() -> None:
    note = (
        "## Routing\n\n* VPC (global) is a Virtual Private Cloud -- Your private SDN space in GCP\n\n"
        "  * Not just resource to resource -- also manges the doors to outside & peers\n\n"
        "## Multi-Level Indexing\n\nOur index table from above takes up 250 file blocks of space.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.startswith("Not just") or "index table" in card.front]


def test_a_quiz_whose_right_options_are_not_marked_is_no_card() -> None:
    note = (
        "## Below are some statements about CNNs and MLPs. Which of these statements are correct?\n\n"
        "- The main difference between a CNN and an MLP is that the CNN has layers of convolution and pooling.\n"
        "- In an MLP all the input data is sent to each neuron in the first layer.\n- All of the above\n- None of the above\n\n"
        "## Ports\n\nWhich of the following statements are true?\n\n- [ ] PPTP runs on TCP port 1723\n- [ ] Port number 443 is used by IMAP\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "question"]


def test_a_second_list_of_the_same_items_under_another_name_is_dropped() -> None:
    note = (
        "# OSI\n\n###OSI-Layer Bezeichnungen\n1. Bitübertragungsschicht (Physical Layer)\n2. Sicherungsschicht (Data Link Layer)\n"
        "3. Vermittlungsschicht (Network Layer)\n\n###Beschreibung der Schichten\n"
        "- **Schicht 1 - Bitübertragungsschicht (Physical Layer)**: Regelt die physische Übertragung von Bits.\n"
        "- **Schicht 2 - Sicherungsschicht (Data Link Layer)**: Sorgt für eine fehlerfreie Datenübertragung.\n"
        "- **Schicht 3 - Vermittlungsschicht (Network Layer)**: Verantwortlich für das Routing.\n"
    )
    lists = [card for card in _extract(note).cards if card.kind == "enumeration"]
    assert len(lists) == 1 and lists[0].front.startswith("OSI-Layer Bezeichnungen")


def test_a_sentence_right_under_a_term_with_the_same_answer_is_dropped() -> None:
    note = (
        "## Conceitos\n\n- **Função Densidade de Probabilidade (f.d.p.):**  \n    Uma função $f(x)$ é uma f.d.p. se:\n\n"
        "    - $f(x) \\geq 0, \\; \\forall x$\n\n    - $\\int_{-\\infty}^{\\infty} f(x) dx = 1$\n\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts == ["Função Densidade de Probabilidade (f.d.p.)"]


def test_black_circle_bullets_are_a_list_and_a_definition_cut_at_a_dash_takes_it() -> None:
    note = (
        "## Database Management Notes\n\nNormalization:\n"
        "In DBMS, database normalization is a process of making the database consistent by-\n"
        "● Reducing the redundancies\n● Ensuring the integrity of data through lossless decomposition\n\n"
        "## Serializability\n\n● Conflict Serializability - If a given non-serial schedule can be converted into a serial schedule by swapping "
        "its non-conflicting operations, then it is called a conflict serializable schedule.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Normalization"].endswith("- Reducing the redundancies\n- Ensuring the integrity of data through lossless decomposition")
    assert cards["Conflict Serializability"].startswith("If a given non-serial schedule")


def test_an_answer_that_is_only_the_authors_mark_is_no_answer() -> None:
    note = (
        "## JS base\n\n**1. How to declare a variable in JavaScript?**\n`+` (too easy)\n\n"
        "**2. What is CSS specificity?**\n- Depends on the weight of the rules (which selector wins).\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert not [front for front in cards if "declare a variable" in front]
    assert any("specificity" in front for front in cards)
    from notedeck.text import is_empty_answer

    assert is_empty_answer("`+` (too easy)") and is_empty_answer("✓")
    assert not is_empty_answer("known") and not is_empty_answer("easy") and not is_empty_answer("done")


def test_a_star_typed_before_a_bold_label_makes_no_term_of_it() -> None:
    extraction = _extract(
        "## Configuration\n\n**\\*Note:** not needed, and interfaces can be configured separately if needed, "
        "but it is best to do it in range configuration mode.\n"
    )
    assert not [card for card in extraction.cards if "Note" in card.front]


def test_a_bold_name_and_a_few_words_over_its_points_heads_them_across_a_blank_line() -> None:
    note = (
        "# EC2 Placement Groups\n\n## Three types of placement groups\n\n**Cluster Placement Group** for low latency\n\n"
        "- Great network\n- Grouping of instances within a single availablity zone\n\n"
        "**Spread Placement Group** for high availability\n\n- Group of instances placed on distinct underlying hardware\n"
        "- Recommended for a small number of critical instances\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Grouping of instances within a single availablity zone" in cards["Cluster Placement Group for low latency"]
    assert "Three types of placement groups" not in cards


def test_a_headings_points_that_end_on_a_colon_take_the_formula_under_them() -> None:
    note = (
        "### Intenzita magnetického pole\n- **Značka: H**\n- **Jednotka: ampér na metr (A/m)**\n\n"
        "- Intenzita magnetického pole je vektorová fyzikální veličina.\n"
        "- Pomocí intenzity magnetického pole lze vypočítat magnetickou indukci podle následujícího vzorce:\n\n"
        "$$\nB = H \\cdot μ\n$$\n"
    )
    card = next(card for card in _extract(note).cards if card.front == "Intenzita magnetického pole")
    assert card.back.endswith("$$\nB = H \\cdot μ\n$$")


def test_a_lone_lead_in_point_does_not_take_the_first_of_several_formulas() -> None:
    note = (
        "### Power Considerations in DSB-AM\n- For the AM:\n\n$$\nv_s(t)=V_{DC}\\cos(2\\pi f_c t)\n$$\n\n"
        "- The total power is:\n\n$$\nP_T = P_C (1 + m^2/2)\n$$\n"
    )
    assert not [card for card in _extract(note).cards if card.front == "Power Considerations in DSB-AM" and "v_s(t)" in card.back]


def test_an_other_heading_in_chinese_and_a_picture_above_in_german_give_no_card() -> None:
    note = (
        "# 筆記\n\n## 其他\n\n無論是統計學還是機器學習，目的都是為了做出更好的決策\n\n"
        "## Schwerpunkt\n\nDer Schwerpunkt ist der Punkt, in dem man sich die ganze Masse vereinigt denken kann.\n\n"
        "Im Bild oben sind drei Red Bull Dosen mit verschiedenem Füllgrad dargestellt.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "其他" in card.front or "Red Bull" in card.front + card.back]


def test_an_arrow_to_a_reason_keeps_the_reason_whole() -> None:
    note = "## Features of good design\n\n- Code reuse at three levels\n- Extensibility -> Because change is inevitable.\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Extensibility"] == "Because change is inevitable."


def test_parts_of_what_is_said_about_a_heading_are_not_its_members() -> None:
    note = (
        "## 我国周边安全环境\n\n"
        "1. 周边安全的基本特点：\n   1. 周边安全形势总体稳定\n   2. 热点问题时有发生\n"
        "2. 周边安全环境稳定的表现：\n   1. 大国关系总体稳定\n"
        "3. 周边安全的主要威胁：\n   1. 领土争端\n"
        "4. 应对我国周边安全威胁的主要策略：\n   1. 坚持睦邻友好\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "enumeration" and card.front.startswith("我国周边安全环境")]


def test_a_bank_of_open_stems_each_over_its_one_answer_asks_each_stem() -> None:
    note = (
        "La modulación digital por código de pulsos (PCM) permite,\n"
        "- Transmitir información analógica empleando un medio físico que transmite señales de pulsos.\n\n"
        "Si un router envía un mensaje RIP versión 1 en una red LAN Ethernet, el paquete emplea como dirección MAC de destino\n"
        "- La dirección FF:FF:FF:FF:FF:FF.\n\n"
        "En un sistema de codificacion 4B/5B, es cierto que:\n- Define un conjunto de 16 símbolos de 5 bits.\n\n"
        "Si una red está formada por dos LAN unidas por un BRIDGE, se puede afirmar que la topología de la red es:\n"
        "- Ninguna de las anteriores.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["La modulación digital por código de pulsos (PCM) permite:"].startswith("Transmitir información analógica")
    assert cards[
        "Si un router envía un mensaje RIP versión 1 en una red LAN Ethernet, el paquete emplea como dirección MAC de destino:"
    ] == "La dirección FF:FF:FF:FF:FF:FF."
    assert cards["En un sistema de codificacion 4B/5B, es cierto que:"] == "Define un conjunto de 16 símbolos de 5 bits."
    assert "Define un conjunto de 16 símbolos de 5 bits." not in cards


def test_a_line_led_by_a_pictograph_heads_its_list_across_a_blank_line() -> None:
    note = (
        "## Storage Structure\n\n- EEPROM: slow, mostly static programs\n\n"
        "💡 운영체제 비유로 이해하기\n\n- 커널 = 자동차의 엔진\n- 시스템 프로그램 = 계기판, 핸들, 네비게이션\n\n"
        "💡 핵심 포인트\n\n- 인터럽트는 I/O 작업이 끝났을 때 알려주는 방식\n"
    )
    cards = _extract(note).cards
    engine = next(card for card in cards if card.back == "자동차의 엔진")
    assert engine.context[-1] == "운영체제 비유로 이해하기"
    assert not [card for card in cards if "핵심 포인트" in card.front]


def test_a_tag_that_opens_a_sentence_is_its_first_word_and_heads_nothing() -> None:
    note = (
        "# Lecture 3: The Stiffness Method\n## Direct Method\nThis has its roots in Matrix Structural Analysis.\n"
        "#FEA, which originated as an extension of matrix analysis, has now developed a lot.\n\n"
        "### Step 1: Discretize\nThe system will be divided in several, **linear spring** elements.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if any("originated" in crumb for crumb in card.context)]
    assert not [card for card in cards if re.search(r"(?:^|\s), which originated", card.front + card.back)]


def test_a_mkdocs_box_with_a_bare_title_is_read_as_its_title_over_its_text() -> None:
    note = (
        "### Step 5\n\nFrom the free-body diagram we assemble the matrix.\n\n"
        "!!! question Is the local matrix always 2x2? <cite> JMA3\n"
        "    The local stiffness matrix is always $2 \\times 2$, but the global one is not.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Is the local matrix always 2x2?"].startswith("The local stiffness matrix is always")
    assert not [front for front in cards if "!!!" in front or "JMA3" in front]


def test_a_headings_site_anchor_is_not_part_of_its_title() -> None:
    note = "# Electronic Devices\n\n## 3D Crystals {#3d-crystals}\n\n### Miller Indices {#miller-indices}\n\nThree integers used to describe a plane.\n"
    cards = _extract(note).cards
    card = next(card for card in cards if card.back == "Three integers used to describe a plane.")
    assert card.front == "Miller Indices" and card.context[-1] == "3D Crystals"


def test_the_language_a_note_is_about_is_not_hidden_as_what_does_not() -> None:
    note = (
        "# Go interview\n\n- What is a goroutine in Golang?\n  - A function that runs concurrently in Golang.\n"
        "- How does Golang share memory?\n  - By communicating over channels, the Golang way.\n"
        "- Does Golang have classes?\n  - No, Golang has structs and methods.\n\n"
        "Golang is not object-oriented programming so it does not support inheritance.\n"
    )
    assert not [card for card in _extract(note).cards if "{{c1::Golang}}" in card.front]


def test_a_part_named_in_indonesian_is_no_term_of_its_title() -> None:
    note = "# Thinking Fast and Slow\n\n### Bagian 2: Heuristik dan Bias\n\n- Heuristik adalah jalan pintas mental yang dipakai Sistem 1.\n"
    assert not [card for card in _extract(note).cards if card.front == "Bagian 2"]


def test_a_label_that_only_points_here_heads_nothing() -> None:
    note = (
        "## Isolation levels\n\nHere are **references**:\n\n"
        "- Dirty Reads: a transaction reads data another transaction has modified but not committed.\n"
        "- Phantom Reads: two identical queries in one transaction return different rows.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "Here are" in card.front or any("Here are" in crumb for crumb in card.context)]
    assert [card for card in cards if card.front == "Dirty Reads"]


def test_a_legend_of_the_letters_a_formula_uses_gives_no_cards() -> None:
    note = (
        "## Statically indeterminate system\n\n$$N_A+f_B = w$$\n\n"
        "* weight : $w$\n* length : $L$\n* width : $d$\n"
    )
    assert not [card for card in _extract(note).cards if card.front in ("length", "width", "weight")]


def test_a_prompt_naming_the_terms_its_points_define_asks_each_on_its_own_card() -> None:
    note = (
        "## Quick Study\n\n- Describe Storage: Thin Provisioning, Thick Provisioning, Deduplication?\n"
        "  - **Thin Provisioning**: Allocates storage dynamically based on actual usage.\n"
        "  - **Thick Provisioning**: Allocates all storage space upfront.\n"
        "  - **Deduplication**: Eliminates redundant data copies, replacing them with pointers.\n"
        "- Describe: P2V, V2V, SLA\n"
        "  - **P2V**: Physical to virtual, migrating physical servers to virtual machines.\n"
        "  - **V2V**: Virtual to virtual, moving VMs from one cloud platform to another.\n"
        "  - **SLA**: Service-Level Agreement, a contract on minimum levels of service quality.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.startswith("Describe")]
    thin = next(card for card in cards if card.front == "Thin Provisioning")
    assert thin.context[-1] == "Storage" and thin.back.startswith("Allocates storage dynamically")
    assert next(card for card in cards if card.front == "P2V").context[-1] == "Quick Study"


def test_statements_answered_true_or_false_are_asked_as_such() -> None:
    note = (
        "# Practice questions\n\n"
        "- True/False: EC2 instances and S3 buckets are the only origins you can use for CloudFront distributions.\n\n  False\n\n"
        "- S3 cross-region replication uses transfer acceleration.\n\n"
        "  False; Explanation: S3 cross-region replication transfers objects between different buckets.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["True/False: EC2 instances and S3 buckets are the only origins you can use for CloudFront distributions."] == "False"
    assert cards["True or false: S3 cross-region replication uses transfer acceleration."].startswith("False; Explanation:")
    assert not [front for front in cards if "{{c1::" in front]


def test_a_chapter_numbered_first_then_named_is_no_term_of_its_title() -> None:
    note = "# Econ\n\n### 第8章 应用：赋税的代价\n\n- **无谓损失**（deadweight loss）：市场扭曲引起的总剩余减少。\n"
    assert not [card for card in _extract(note).cards if card.front.startswith("第8章")]


def test_a_list_of_terms_defined_and_sentences_said_is_not_recited() -> None:
    note = (
        "### 第3章 相互依存性和贸易的好处\n"
        "* **绝对优势**（absolute advantage）：一个生产者用比另一个生产者更少的投入生产某种商品的能力。\n"
        "* **机会成本**（opportunitity cost）：为了得到某种东西所必须放弃的东西。\n"
        "* 贸易可以使社会上的每个人都获益，因为它使人们可以专门从事他们具有**比较优势**的活动。\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "enumeration"]


def test_an_exam_objective_to_navigate_a_workflow_does_not_recite_its_topics() -> None:
    note = (
        "title:: terraform/studyguide\n\n"
        "- navigate the terraform workflow\n  collapsed:: true\n"
        "\t- define the core terraform workflow\n\t\t- write the config\n\t\t- run plan\n"
        "\t- terraform init\n\t\t- needed to pull in providers and create fresh start\n"
        "\t- terraform validate\n\t\t- makes sure the references and vars used are consistent\n"
        "\t- terraform plan\n\t\t- plans the changes to be made\n"
        "\t- terraform apply\n\t\t- will ask for confirmation after showing the plan\n\t-\n"
        "- implement and maintain state\n  collapsed:: true\n\t- describe the default local backend\n\t\t- json .tfstate file\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "enumeration" and "navigate the terraform workflow — list" in card.front]


def test_a_clause_of_a_calculation_is_no_term_of_its_result() -> None:
    note = "## 折旧\n\n- 一台机器价值1万元，可用10年。\n- 之后每一年，机器价值减少1万元/10年 = 1000元，损益表中折旧费为1000元。\n"
    assert not [card for card in _extract(note).cards if card.front.startswith("之后每一年")]


def test_a_question_asked_again_without_its_accents_is_one_card() -> None:
    note = (
        "La técnica de modulación QAM se caracteriza por:\n- Emplear valores diferentes de fase y amplitud de la señal portadora.\n\n"
        "La multidifusión en una red de comunicaciones permite:\n- Identificar un conjunto de equipos con una dirección única.\n\n"
        "La tecnica de modulacion QAM se caracteriza por:\n- Emplear valores diferentes de fase y amplitud de la senal portadora.\n"
    )
    assert len([card for card in _extract(note).cards if "QAM" in card.front]) == 1


def test_a_study_logs_bookkeeping_gives_no_cards() -> None:
    note = (
        "## 2025-11-12\nTopics: 2.1-2.2 Threat Actors & Attack Vectors (threat actor types; social engineering)\n"
        "- Practice: 19/22 correct (86%)\n- Focus for review: mapping control categories to examples\n- Notes:\n"
        "  - BEC = impersonating exec for fraud; Whaling = targeting exec as victim\n"
        "  - Solid on: vishing, smishing, pretexting, watering holes\n"
        "  - Weak → Strong: EOL/EOS terminology, misconfiguration identification\n"
    )
    cards = _extract(note).cards
    said = " ".join(card.front + " " + card.back for card in cards)
    assert not re.search(r"Topics|Practice|Focus for review|Solid on|Weak → Strong|19/22", said)
    assert [card for card in cards if "impersonating exec" in card.front + card.back]


def test_an_obsidian_pages_links_contents_and_worked_problem_give_no_cards() -> None:
    note = (
        "# Free Fall\n\n**Date taken:** November 14, 2021\n**Original note:** [[003 DN Freefall]]\n"
        "**Previous Note:** [[002 Speed Time Graph]]\n**Following Note:**   [[]]\n\n---\n\n**Contents:**\n"
        "- [[003 Free Fall#Freefall | Freefall meaning]]\n- [[003 Free Fall#Formulas| Formulae]]\n- [[003 Free Fall#Solving| Solving problems]]\n\n"
        "### Freefall\n- **Free fall**: falling under the sole influence of gravity.\n\n"
        "### Solving\n\nA boy tosses a coin upward with a velocity of 14.7 m/s.\n- Find the maximum height reached\n\n"
        "**Given**\n- $Vi = 14.7 m/s$\n- $g = -9.8 m/s^2$\n\n**Asked**\n- $d = ?$\n- $t = ?$\n\n**Solution**\n- $d = 11.03 m$\n- $t = 3$\n"
    )
    cards = _extract(note).cards
    said = " ".join(card.front + " " + card.back for card in cards)
    assert not re.search(r"Original note|Previous Note|Following Note|Contents|Given|Asked|14\.7|11\.03", said)
    assert [card for card in cards if card.front == "Free fall"]


def test_a_long_case_name_in_law_is_the_breadcrumb_of_its_parts() -> None:
    note = (
        "- 案例\n\t- St Albans City and District Council v International Computers Ltd (1996)\n"
        "\t\t- 背景\n\t\t\t- 议会订购了一款软件来统计税务.\n\t\t\t- 软件因为人员识别错误导致议会损失了 130w 英镑\n"
        "\t\t- 判决\n\t\t\t- 软件不符合预期,项目管理人员有疏忽\n\t\t\t- ICL 违反了合同\n"
    )
    card = next(card for card in _extract(note).cards if card.front == "背景")
    assert card.context[-1] == "St Albans City and District Council v International Computers Ltd"


def test_the_parts_of_an_organs_description_are_not_its_members() -> None:
    note = (
        "### 内生殖器\n1. 阴道(vagian)\n   1. 概述\n      1. 性交器官，月经血排出及胎儿娩出的通道\n"
        "   2. 位置与形态\n      1. 位于真骨盆下部中央\n   3. 组织结构\n      1. 由黏膜、肌层和纤维组织膜构成\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "enumeration" and card.front.startswith("阴道")]


def test_a_line_of_wiki_links_and_bullets_typed_without_their_space() -> None:
    note = (
        "[[0. AWS-SAA-Training Overview]]  [[2.VPCs-and-Subnets]]\n\n"
        "**Subnets:**\n-Every single one of your subnets is connected to your default route table.\n"
        "-Modify the route table to build a default route to the internet gateway.\n\n"
        "-Public Subnet- Has internet connectivity through the internet gateway.\n"
        "-Private Subnet- Does NOT have connectivity to the internet gateway.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert not [front for front in cards if "Overview" in front or front.startswith("-")]
    assert cards["Public Subnet"] == "Has internet connectivity through the internet gateway."
    assert cards["Subnets"].startswith("- Every single one")


def test_an_exclamation_set_in_bold_heads_nothing() -> None:
    note = "### 需求收入弹性\n\n**正负号很重要！**\n\ninferior good, normal good, necessity good, luxury good\n"
    assert not [card for card in _extract(note).cards if "正负号很重要" in card.front]


def test_a_quoted_dialogue_that_shows_a_pattern_gives_no_speaker_cards() -> None:
    note = (
        "## 省略 Omission\n\n>内田　：マリーさん、日本語上手になりましたね。\nマリー：いええ、まだまだです。もっと勉強しないと（いけません）。\n\n"
        "## ものですから\n\n>先生：今日も宿題をして来なかったんですか。  \n学生：すみません。バイトが忙しかったものですから。\n"
    )
    assert not [card for card in _extract(note).cards if card.front in ("内田", "マリー", "先生", "学生")]


def test_a_pages_record_and_an_empty_alias_give_no_card_and_no_title() -> None:
    note = (
        "---\naliases:\n  - null\ntags: review\n---\n\n#### [[reference_Sapiens]]\n\n"
        "**Creator**:: [[Yuval Noah Harari]]\n\n**Source**:: [[books_Sapiens]]\n\n#### Key Concepts\n\n"
        "Either way, by 10,000 BC farming was the dominant way of life.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "Source" in card.front]
    assert not [card for card in cards if "null" in card.context]
    assert [card for card in cards if "Yuval Noah Harari" in card.back]


def test_an_sql_query_typed_as_text_is_no_fact_to_cloze() -> None:
    note = "## SQL Injection\n\nUserId: 105 OR 1=1 gives\n\nSELECT * FROM Users WHERE UserId = 105 OR 1=1;\n\nSELECT * FROM Users WHERE UserId = 105; DROP TABLE Suppliers;\n"
    assert not [card for card in _extract(note).cards if "{{c1::105}}" in card.front]


def test_the_author_saying_it_again_or_noting_a_link_gives_no_card() -> None:
    note = (
        "# Class Start\n\n**Author note**: a short note about [Lesile Lamport](https://amturing.acm.org/award_winners/lamport.cfm), his ACM page.\n\n"
        "### Freefall\n- Heavier objects do not fall faster in a vacuum.\n\nPut simply:\n"
        "- Uncrumpled paper = Flatter surface = More air resistance = Slower\n- Crumpled paper = Smaller surface = Less air hitting it = Faster\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "Author note" in card.front or "Put simply" in card.front or "Lesile" in card.front]


def test_a_list_of_a_commands_options_keeps_its_dashes() -> None:
    note = "## ls\n\nOptions of ls:\n-a lists all files, hidden ones too\n-l lists in the long format\n"
    said = " ".join(card.front + " " + card.back for card in _extract(note).cards)
    assert "-a" in said and "-l" in said


def test_short_labels_each_over_one_point_are_no_bank_of_stems() -> None:
    note = (
        "## Streaming\n\n**Kinesis Data Streams**\n- real-time streaming with shards\n\n"
        "**Kinesis Firehose**\n- near real-time delivery to S3\n\n**Kinesis Analytics**\n- SQL over streams\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "question"]


def test_a_column_named_for_one_thing_asks_each_row_for_that_thing_and_its_header_is_no_card() -> None:
    note = (
        "## Organism Classification\n\n"
        "Organisms are classified by the following levels, from least to most specific, with the wolf as an example.\n\n"
        "| Classification Level Name | Levels for the Grey Wolf |\n| ---: | --- |\n"
        "| Domain | Eukarya |\n| Kingdom | Animalia |\n| Species | Canis lupus |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Domain — Levels for the Grey Wolf"] == "Eukarya"
    assert cards["Species — Levels for the Grey Wolf"] == "Canis lupus"
    assert not [front for front in cards if front.startswith(("Classification Level Name", "Organism Classification", "Domain\n")) or front == "Domain"]


def test_the_number_of_a_part_of_the_course_opening_a_line_is_never_hidden() -> None:
    note = "# Accounting\n\n1-3. Debt and equity\n\n1-4 Revenue and expenses\n\n2-1 The balance sheet lists assets\n\nThe ledger keeps 12 columns of figures for each account.\n"
    clozes = _clozes(note)
    assert not [front for front in clozes if re.match(r"\{\{c1::\d-\d\}\}", front)]
    assert [front for front in clozes if "{{c1::12}}" in front]


def test_a_german_nouns_plural_mark_is_no_separator() -> None:
    note = "# Vokabeln\n- der Markt,-:e — the market\n- die Milch — the milk\n- das Brot,-e — the bread\n- der Saft,-:e — the juice\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["der Markt,-:e"] == "the market" and cards["der Saft,-:e"] == "the juice"
    assert "der Markt,-" not in cards


def test_a_line_of_links_to_the_next_and_the_home_page_is_no_card() -> None:
    note = (
        "# Resource groups\n\nA resource group is a logical collection of resources that share one lifecycle.\n\n"
        "The Azure Cloud Shell runs in the browser. The Azure Cloud Shell opens Bash or PowerShell.\n\n"
        "## Zusammenfassung\n\n[➯ Weiter zu \"Azure Cloud Shell\"](./Cloud_Shell.md) <br> [⌂ Zurück zur Hauptseite](https://example.org/portfolio)\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts and not [front for front in fronts if "Weiter" in front or "Hauptseite" in front]


def test_logseq_bookkeeping_under_a_heading_and_a_blocks_tags_and_deck_are_no_cards() -> None:
    note = (
        "### Exam format\ncollapsed:: true\n\t- Sections: two verbal, two quantitative\n\t- Timing: 30 minutes per verbal section\n"
        "- What is a Jordan block?\n  deck:: Uni::Control_Theory\n  tags:: flashcard, wip\n\t- an upper triangular block with one eigenvalue\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front in ("collapsed", "deck", "tags") or "Uni::" in front]
    assert "Timing" in fronts


def test_a_card_of_several_lines_ends_at_a_blank_line_and_points_above_a_mark_are_its_question() -> None:
    note = (
        "two kinds of memory\n?\n- volatile memory\n- non-volatile memory\n\n"
        "- loses its contents when the power is off\n- used for main memory\n?\nvolatile memory\n\n"
        "- keeps its contents without power\n- used for storage\n  - flash, disks\n?\nnon-volatile memory\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["two kinds of memory"] == "- volatile memory\n- non-volatile memory"
    assert cards["- loses its contents when the power is off\n- used for main memory"] == "volatile memory"
    assert cards["- keeps its contents without power\n- used for storage\n  - flash, disks"] == "non-volatile memory"


def test_a_heading_of_what_to_remember_for_the_exam_in_spanish_is_no_term() -> None:
    note = (
        "# IAM\n\n## Claves de examen\n\n- IAM es un servicio global.\n- MFA mejora la seguridad de las cuentas.\n"
        "- Los SCPs limitan permisos incluso si IAM los permite.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Claves de examen" not in fronts


def test_a_german_sentence_of_what_is_to_be_checked_has_no_subject_to_ask() -> None:
    note = "Der Vorsatz ist das Wissen und Wollen der Tatbestandsverwirklichung bei der Tat.\n\nZu prüfen ist die Einstellung des Täters anhand intellektueller und voluntativer Elemente.\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "Vorsatz" in fronts and "Zu prüfen" not in fronts


def test_a_heading_over_a_paragraph_that_ends_leading_into_its_list_needs_the_paragraph_to_name_it() -> None:
    note = (
        "# Examples\n\n## Spanish\n\nNegation in Spanish gives a clear example. Take the phrase 'he does not come':\n\n"
        "1. **Stage A:** no viene\n2. **Stage B:** no viene nada\n\n"
        "## Triads\n\nA triad is a chord of three notes stacked in thirds. It has three parts:\n\n- root\n- third\n- fifth\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Spanish" not in cards
    assert cards["Triads"].startswith("A triad is a chord of three notes")


def test_a_german_pronoun_or_determiner_with_a_capital_is_no_part_of_a_name() -> None:
    note = (
        "# Azure\n\nMicrosoft Entra ID verwaltet Identitäten in der Cloud.\n\n"
        "Mit dieser Verknüpfung können Sie Benutzern, Gruppen und Anwendungen im Microsoft Entra-Mandanten Rechte erteilen.\n\n"
        "Beide Ansätze können jedoch zusätzliche Kosten und Verwaltungsaufwand verursachen.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "{{c1::Sie " in front or "{{c1::Beide" in front or "{{c1::Ansätze}}" in front]


def test_a_heading_that_only_numbers_a_quote_of_the_book_is_no_term() -> None:
    note = (
        "# Deep Work\n\n## Quotes\n\n### Deep Work - Note 3\n\n> Clarity about what matters provides clarity about what does not.\n\n"
        "### Deep Work - Note 4\n\n> Who you are, what you think, feel, and do, what you love, is the sum of what you focus on.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "Note 3" in front or "Note 4" in front]


def test_a_sentence_that_supposes_values_in_theory_and_those_after_it_are_the_examples() -> None:
    note = (
        "# Energy pyramid\n\nOnly about 10% of the energy at one trophic level passes to the next level.\n\n"
        "If 1 apple (theoretically) contains 200 calories. A deer that eats the apple would get 20 calories. "
        "A wolf that eats the deer would get only 2 calories.\n"
    )
    clozes = _clozes(note)
    assert [front for front in clozes if "{{c1::10%}}" in front or "{{c1::10 %}}" in front or "10%" in front]
    assert not [front for front in clozes if "calories" in front]


def test_a_question_that_says_its_one_word_answer_already_is_no_card() -> None:
    note = (
        "## Practice Questions\n\n1. **What is happening when countries trade goods they specialize in producing?**  \n"
        "   **Answer:** **Specialization**.\n\n2. **What do we call the value of the next best alternative given up?**  \n"
        "   **Answer:** **Opportunity cost**.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "specialize" in front]
    assert [front for front in fronts if "next best alternative" in front]


def test_when_and_by_whom_a_lesson_was_given_and_a_definitions_number_are_no_cards() -> None:
    note = (
        "# Aula 04 - Carreira\n\n**Sobre:** aula ministrada dia 29/10/2020, por Ana Souza, no Bootcamp de Liderança.\n\n"
        "### Definition (3.2.1)\nEine einzelne Variable oder negierte Variable in einem Booleschen Ausdruck wird **Literal** genannt.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert "Sobre" not in fronts and "3.2.1" not in fronts
    assert [front for front in fronts if "{{c1::Literal}}" in front]


def test_a_colon_between_two_letters_of_a_ratio_is_no_separator() -> None:
    note = "- Hybrid threads\n    - Follow the model N: M, mapping N user threads onto M kernel threads\n- Replication\n    - Uses the ratio N:M between readers and writers here\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Follow the model N" not in cards and "Uses the ratio N" not in cards
    assert "N: M, mapping" in cards["Hybrid threads"]


def test_a_sentence_over_a_command_does_not_show_the_command_it_asks_for() -> None:
    note = (
        "## Git\n\nPara ver as diferenças entre duas submissões usamos o comando *git diff <antigo> <novo>* da seguinte maneira:\n"
        "```bash\ngit diff <antigo> <novo>\n```\n"
    )
    [card] = [card for card in _extract(note).cards if "git diff" in card.back]
    assert "git diff" not in card.front and "…" in card.front


def test_keywords_under_a_misc_label_with_nothing_said_of_them_are_no_cloze() -> None:
    note = (
        "- ## 한국사\n\t- 강화도 조약은 1876년에 체결되었다\n\t- 잡설\n\t\t- 주권침탈, 라인사태, 독도 러일전쟁\n"
    )
    listed = "### Three types of error that might be contained in a Python program are\nsyntax, logic and run-time\n"
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "주권침탈" in front or front == "잡설"]
    assert [front for front in _clozes(listed) if "{{c1::syntax, logic and run-time}}" in front]


def test_a_numbered_title_alone_over_a_headings_parts_is_no_answer_to_the_heading() -> None:
    note = (
        "### E. Demand analysis\n1. Basic concepts  \n> (1) Demand function\n>> Quantity demanded depends on price, income and the prices of related goods.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards.get("Demand analysis") != "Basic concepts"


def test_a_heading_that_dates_a_lesson_is_no_term() -> None:
    note = (
        "- ## Cours 1981-03-31\n\t- Le diagramme est une affaire manuelle de la main libérée\n"
        "- ## Cours 1981-04-28\n\t- Le diagramme serait la relation entre le chaos et le germe\n\t- Le germe sort du chaos\n"
        "## Séance du 2024-02-12\n\n- La couleur monte chez Cézanne\n- La couleur est une création picturale\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith(("Cours 19", "Séance"))]


def test_a_comparison_heading_over_a_question_that_has_its_card_makes_no_second_card() -> None:
    note = (
        "#### Active vs reflective\n\nWhy do you start doing something?\n\n- Active (proactive)\n  - Is ready to act alone.\n"
        "  - Uses a lot of verbs.\n- Reflective (reactive)\n  - Waits for the reaction of the other side.\n"
    )
    cards = _extract(note).cards
    backs = [card.back for card in cards if "Waits for the reaction" in card.back]
    assert len(backs) == 1


def test_a_range_written_with_to_is_hidden_whole_and_a_posed_question_takes_no_answer() -> None:
    note = (
        "# Guns, Germs and Steel\n\nThe author realizes that we could ask a more general question. Why did progress differ across continents?\n\n"
        "- Homo sapiens emerged from Homo erectus around 300,000 to 500,000 years ago.\n"
        "- A storage account name must be between 3 to 24 characters in length.\n"
    )
    extraction = _extract(note)
    clozes = [card.front for card in extraction.cards if card.kind == "cloze"]
    assert [front for front in clozes if "{{c1::300,000 to 500,000 years}}" in front]
    assert [front for front in clozes if "{{c1::3 to 24}}" in front or "{{c1::3 to 24 characters}}" in front]
    assert not [card for card in extraction.cards if card.kind == "question" and "progress differ" in card.front]


def test_the_authors_name_over_the_date_of_writing_is_no_card() -> None:
    note = "# Resumo SQL\n\nAna Lima - 22 de fevereiro de 2023\n\n## Definição - SQL\nO SQL é uma linguagem de consulta a bancos de dados relacionais.\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "Ana Lima" not in fronts


def test_an_answer_hidden_as_a_spoiler_is_a_cloze_but_a_norm_and_a_table_are_not() -> None:
    note = (
        "## Ejercicios\n\n1. A qué clase pertenece la IP:\n\t1. 30.40.50.60: ||A||.\n\t2. 130.140.150.160: ||B||.\n\n"
        "- The length of $u$ is $||u||$ for every vector here.\n\n| a || b |\n|---|---|\n| x || y |\n"
    )
    clozes = _clozes(note)
    assert "30.40.50.60: {{c1::A}}." in clozes and "130.140.150.160: {{c1::B}}." in clozes
    assert not [front for front in clozes if "{{c1::u}}" in front]


def test_a_clause_that_leads_into_the_words_or_points_after_its_colon_is_no_term() -> None:
    note = (
        "## Route tables\n\n- It says: “Any traffic going outside the VPC, send it to this target.”\n\n"
        "Let’s say:\n- You have EC2 in a private subnet.\n- You install a NAT Gateway for outbound access.\n\n"
        "## Legge delle Guarentigie\n\nSono delle norme giuridiche secondo cui:\n- Il pontefice resta a capo della chiesa.\n"
        "- Roma viene acquisita al regno d'Italia.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front in ("It says", "Let’s say") or "secondo cui" in front or "{{c1::EC2}}" in front]


def test_an_arrow_between_two_letters_is_a_dependency_not_a_separator() -> None:
    note = "## Dependencia funcional total\nX -> Y es una *dependencia funcional total* si la eliminación de cualquier atributo de X la rompe.\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert not [front for front in cards if front.endswith("— X") or front == "X"]
    assert cards["Dependencia funcional total"].startswith("X -> Y es una")


def test_a_heading_of_kinds_over_a_definition_then_the_kinds_asks_for_the_kinds() -> None:
    note = (
        "# Tipos de Amenaza\n\n>[!info] Actividad, evento o fenómeno que intenta provocar algún daño a la información\n\n"
        "1. Factor Humano\n2. Red\n3. Fallas de Hardware\n4. Fallas de Software\n5. Desastres naturales\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Tipos de Amenaza" not in cards
    assert "Fallas de Software" in cards["Tipos de Amenaza — list all 5 in order"]


def test_a_range_of_percentages_is_hidden_whole() -> None:
    clozes = _clozes("Unintentional threats usually make up 80%-90% of all threats to a company.\n")
    assert [front for front in clozes if "{{c1::80%-90%}}" in front]


def test_what_the_author_says_of_the_notes_in_italian_or_spanish_is_no_fact() -> None:
    note = (
        "# Leopardi\n\nQuesti appunti non comprendono i testi di Giacomo Leopardi.\n\n"
        "Estos apuntes no incluyen los poemas de Antonio Machado.\n\nGiacomo Leopardi nacque a Recanati nel 1798.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "appunti" in front or "apuntes" in front]
    assert [front for front in fronts if "Recanati" in front or "1798" in front]


def test_a_quoted_example_after_such_as_is_never_the_gap() -> None:
    clozes = _clozes("When a name is complete, such as \"pc01.office.example.net.\" with its final dot, it is called a FQDN (Fully Qualified Domain Name).\n")
    assert not [front for front in clozes if "{{c1::pc01" in front]


def test_a_term_left_empty_takes_no_answer_from_the_term_on_the_next_line() -> None:
    note = "## Trie\n\ninsertion : \ndeletion : easiest to do recursively\n\n**Nash Equilibrium**\nLoop of dominant decisions from several players.\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "insertion" not in cards
    assert "Loop of dominant decisions" in cards["Nash Equilibrium"]


def test_the_header_of_a_table_typed_without_its_rule_is_no_card_and_says_what_the_rows_ask() -> None:
    note = (
        "### Examples\n| Spanish | English |\n| Estoy cocinando | I am cooking |\n| Elena está corriendo | Elena is running |\n\n"
        "## Verbs\n\n| English | First-person |\n| cook | koche |\n| swim | schwimme |\n| play | spiele |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "Spanish" not in cards and "English" not in cards
    assert cards["Estoy cocinando"] == "I am cooking" and cards["cook — First-person"] == "koche"


def test_a_date_with_its_month_in_italian_or_spanish_is_hidden_whole() -> None:
    clozes = _clozes(
        "17 Marzo 1861 viene proclamato il regno d'Italia, guidato da Vittorio Emanuele II.\n\n"
        "Durante una manifestazione a Monza il 29 Luglio 1900 il sovrano Umberto I viene assassinato.\n"
    )
    assert [front for front in clozes if "{{c1::17 Marzo 1861}}" in front]
    assert [front for front in clozes if "{{c1::29 Luglio 1900}}" in front]


def test_where_the_course_said_it_before_and_a_link_to_read_the_rest_are_no_facts() -> None:
    note = (
        "# Determinante\n\nAbbiamo parlato di **determinante** nel capitolo 03. Matrici Inverse, adesso approfondiamo l'argomento.\n\n"
        "## Calcolo del determinante\n\nEsistono diversi modi per calcolare il determinante, [qui](https://example.org/det) potete trovare i metodi.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "capitolo" in front or front == "Calcolo del determinante"]


def test_a_code_embed_that_points_to_lines_of_another_file_is_no_answer() -> None:
    note = (
        "## Ricerca\n\nAnche la ricerca in una hash table ha complessità costante e la implementiamo in questo modo:\n"
        "```embed-cpp\nPATH:  \"vault://_Code/hashtable/main.cpp\"\nLINES: 4, 9, 113-123\nTITLE: SEARCH HASH TABLE\n```\n"
    )
    assert not [card for card in _extract(note).cards if "vault://" in card.back or "embed-cpp" in card.back]


def test_a_figures_caption_in_chinese_and_the_authors_open_questions_are_no_cards() -> None:
    note = (
        "# 中性氢\n\n中性氢的21厘米谱线频率为1420兆赫。\n\n图1.6.1：英仙座坐标0h26m，+63°的观测频谱\n\n"
        "## 15/01/2021\n\n- The Qutb Shahi dynasty ruled Golconda from 1518.\n\n### Questions\n\n- Books on court life of Qutb Shahs\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "图1.6.1" in front or "court life" in front]


def test_a_point_that_ends_with_a_comma_goes_on_below_and_is_no_term() -> None:
    note = "## Spanned Records\n\n- In a situation,\n    - We've stored several records in a block and space is left that cannot hold a whole record.\n"
    assert not [card for card in _extract(note).cards if card.front == "In a situation,"]


def test_a_question_answered_only_by_its_source_and_a_picture_is_no_card() -> None:
    note = "- What is an ultrasound beam?\n\t- @Diagnostic ultrasound: physics and equipment\n\t- ![](../assets/beam.png)\n"
    assert not [card for card in _extract(note).cards if "ultrasound beam" in card.front]


def test_code_spans_stay_as_typed_on_a_line_with_a_brace_cloze_or_a_spoiler() -> None:
    note = (
        "- In Mustache the tag `{{name}}` prints a value, and the verb {{tenga }}comes after que in the subjunctive here.\n"
        "- The operator `a || b` is a logical or, and the class of 30.40.50.60 is ||A|| in the classful scheme.\n"
    )
    clozes = _clozes(note)
    assert [front for front in clozes if "`{{name}}`" in front and "{{c1::tenga}}" in front]
    assert [front for front in clozes if "`a || b`" in front and "{{c1::A}}" in front]


def test_an_answer_hidden_under_a_question_point_carries_the_question() -> None:
    note = (
        "## Ejercicios\n\n1. Si trabajamos con redes con clase, a qué clase pertenecerá la IP.\n"
        "\t1. 30.40.50.60: ||A||.\n\t2. 130.140.150.160: ||B||.\n"
    )
    clozes = _clozes(note)
    assert "Si trabajamos con redes con clase, a qué clase pertenecerá la IP.\n\n30.40.50.60: {{c1::A}}." in clozes


def test_a_parenthesis_wrapped_open_at_a_lines_end_joins_the_next_line() -> None:
    note = (
        "- Dakhni courtiers, North Indian immigrant groups, Nayakwaris, Niyogis (Telugu\n"
        "    Brahmins) were groups with political power in the Vijayanagara empire\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts and all("(Telugu Brahmins)" in front for front in fronts)


def test_a_predicate_that_points_to_the_sentences_around_it_is_no_gap_and_no_definition() -> None:
    note = (
        "Resource management is also another such bottleneck in this equation.\n\n"
        "Lichen are a good example of this, as they do not need soil to grow on bare rock.\n\n"
        "First-in-first-out (FIFO) is a principle that lets consumers of these queues read messages in order.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "bottleneck" in front or front == "Lichen"]
    assert "First-in-first-out (FIFO)" in fronts


def test_seconds_glued_to_their_number_are_a_number_to_recall_but_not_a_decade_or_hundreds() -> None:
    note = (
        "## Long Polling\n\nThe wait time can be set to be within 1s and 20s, the longer the better.\n\n"
        "The band was famous in the 1960s across Europe.\n\n"
        "EFS lets the same file system be mounted on 100s of EC2 instances at once.\n"
    )
    clozes = _clozes(note)
    assert "The wait time can be set to be within 1s and {{c1::20s}}, the longer the better." in clozes
    assert not [front for front in clozes if "{{c1::1960s}}" in front or "{{c1::100s}}" in front]


def test_a_column_that_counts_the_rows_is_no_answer() -> None:
    note = (
        "## Ports\n\n| No | Protocol | Port |\n|---|---|---|\n| 1 | HTTP | 80 |\n| 2 | HTTPS | 443 |\n| 3 | SSH | 22 |\n\n"
        "## Conjugations of lassen\n\n|sl|subject|conjugation|\n|---|---|---|\n|1|ich|lasse|\n|2|du|lässt|\n"
        "|3|er / sie / es|lässt|\n|4|wir|lassen|\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["HTTP — Port"] == "80"
    assert cards["er / sie / es — conjugation"] == "lässt"
    assert not [front for front in cards if front.endswith(("— No", "— sl")) or " vs " in front]


def test_a_star_typed_without_its_space_among_bullets_is_a_bullet() -> None:
    note = (
        "* Evolução da Web:\n    * 1.0\n        * HTML\n        * READ\n    *2.0\n        * XML\n        * COLLABORATE\n"
        "    *3.0\n        * RDF\n        * KNOWLEDGE\n"
    )
    cards = {card.front: card.context for card in _extract(note).cards}
    assert "2.0 — list all 2" in cards and "3.0 — list all 2" in cards


def test_two_keywords_in_capitals_split_at_a_dash_are_no_term_and_meaning() -> None:
    note = "## Web 2.0\n\n* XML - PHP - RSS\n* ASP - JSON\n* SEARCH - TAG\n\n## Acronyms\n\n* TCP - Transmission Control Protocol\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "ASP" not in fronts and "SEARCH" not in fronts
    assert "TCP" in fronts


def test_front_matter_closed_by_dots_without_its_opening_rule_is_no_card() -> None:
    note = '\ntitle: "**Summary: Dependable Systems**"\n...\n\n# Basics\n\n* System: Eine Einheit, die mit anderen Einheiten interagiert.\n'
    fronts = [card.front for card in _extract(note).cards]
    assert fronts == ["System"]


def test_a_footnote_that_cites_a_source_is_no_card() -> None:
    note = (
        "* Dependability: die Fähigkeit, Dienste anzubieten, denen man vertrauen kann.[^dep]\n\n"
        '[^dep]: IEEE: "Basic concepts and taxonomy of dependable and secure computing", ([Link](https://ieeexplore.ieee.org/document/1335465))\n'
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "IEEE" not in fronts and "Dependability" in fronts


def test_a_logseq_id_typed_on_the_bullet_itself_is_no_term() -> None:
    note = (
        "- ## The Binomial Theorem\n\t- ### Let x and y be variables and n a positive integer\n"
        "\t- id:: 640a0077-415a-4d89-a45c-efdbd321bc4a\n\t  $$(x + y)^n = \\sum_{k=0}^{n} \\binom{n}{k}x^k y^{n-k}$$\n"
    )
    cards = _extract(note).cards
    assert cards and not [card for card in cards if "640a0077" in card.back or card.front.startswith("id")]


def test_the_option_in_bold_answers_a_quiz_and_unmarked_options_give_no_answer() -> None:
    note = (
        "### Practice Questions\n\n1. Which protocol would you use to sign in the users of a web app?\n"
        "    - A. Kerberos\n    - B. LDAP\n    - C. **OpenID Connect**\n    - D. NTLM\n\n"
        "2. Which feature assigns the Global Administrator role only when needed?\n"
        "    - A. Conditional Access\n    - B. Just-In-Time Access\n    - C. Privileged Identity Management\n"
    )
    cards = _extract(note).cards
    assert [(card.front.endswith("- D. NTLM"), card.back) for card in cards] == [(True, "C. OpenID Connect")]


def test_a_table_whose_first_column_repeats_is_asked_by_the_column_that_names_each_row() -> None:
    note = (
        "## Summary\n\n| Ordered | Repetition allowed | Type | Formula |\n|---|---|---|---|\n"
        "| yes | no | permutation | P(n, r) |\n| yes | yes | arrangement | n^r |\n| no | no | combination | C(n, r) |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "- Formula: P(n, r)" in cards["permutation (Type)"]
    assert len(cards) == 3


def test_a_table_of_lists_side_by_side_is_one_card_a_column() -> None:
    note = (
        "#### Scrum Terms\n\n| Scrum Teams | Scrum Events | Scrum Artifacts |\n|---|---|---|\n"
        "| Product Owner | Sprint | Product Backlog |\n| Scrum Master | Sprint Planning | Sprint Backlog |\n"
        "| Developers | Daily Scrum | Increment |\n|  | Sprint Review | |\n|  | Sprint Retrospective | |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Scrum Events"].count("\n- ") == 4
    assert not [front for front in cards if "Product Owner" in front or " vs " in front]


def test_exam_tasks_and_questions_with_an_aside_are_no_facts_and_an_example_value_is_no_gap() -> None:
    note = (
        "# Day 30\n\nReviewed: No\n\n## Questions\n\n"
        "- Given a directed, weighted graph and a pair of vertices `(s,t)`, how is the graph augmented for a flow algorithm? (edges in opposite directions are added)\n"
        "- Given a flow graph and some flow on edges, carry out one step of the algorithm: (1) `Ford-Fulkerson`, (2) `Edmonds-Karp`.\n"
        "- Let's say `a` is 11. How does the polynomial for the string \"APS\" look like? (no evaluation needed.)\n\n"
        "## Arrays\n\nA sparse table answers range queries over an array of integers, e.g., `[2, 8, 12]`, in constant time.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "cloze" and ("(s,t)" in card.front or "APS" in card.front or "Ford" in card.front)]
    assert not [card for card in cards if "{{c1::`[2, 8, 12]`}}" in card.front or card.front == "Reviewed"]


def test_a_question_heading_over_code_then_its_answer_asks_with_the_code() -> None:
    note = (
        "#### Q: What does the below print?\n```c\nchar str[3] = \"HI\";\nprintf(\"%s\", str);\n```\n"
        "A: it prints `HI`, the 0 ends the string.\n\n"
        "#### Q: What are the values of all the variables?\n```c\nfloat w = (float) 2 / 5;\nint z = 5 / 6 * 12;\n```\n"
        "A:\n1. w = 0.4f\n2. z = 0\n\n"
        "#### Q: Why does the below code not work as intended?\n```c\nscanf(\"%d\", &number);\n```\n"
    )
    cards = {card.front.split("\n", 1)[0]: card for card in _extract(note).cards}
    printed = cards["Q: What does the below print?"]
    assert "printf" in printed.front and printed.back == "it prints `HI`, the 0 ends the string."
    valued = cards["Q: What are the values of all the variables?"]
    assert "float w" in valued.front and "w = 0.4f" in valued.back and "z = 0" in valued.back
    assert "Q: Why does the below code not work as intended?" not in cards


def test_a_chapter_numbered_in_words_a_book_named_at_the_top_and_forms_under_a_nameless_column_are_no_cards() -> None:
    note = (
        "# Gradient Descent\n\nFrom : Hands on Deep Learning with Python - Sudharsan Ravichandiran\n\n"
        "- Chapter One - Intro\n\t- The SI unit of length is the metre.\n\n"
        "## Konjunktiv\n\n|sl|subjekt||\n|---|---|---|\n|1| ich | würde||\n|2|du| würdest||\n|3|wir|würden||\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front in ("From", "Chapter One", "ich", "du", "wir")]
    assert fronts


def test_an_html_vocabulary_table_left_open_under_an_html_heading_is_read_word_by_word() -> None:
    note = (
        '<h3 align="left">\n  <b style="color:red;">LE SPORT:</b><br>\n</h3>\n<table>\n'
        "  <tr><th>FRANÇAISE</th><th>ANGLAISE</th></tr>\n  <tr><td>la natation</td><td>swimming</td></tr>\n"
        "  <tr><td>le cyclisme</td><td>cycling</td></tr>\n  <tr><td>la gymnastique</td><td>gymnastics</td></tr>\n\n"
        "<h1>\n$p_1v_1 = p_2v_2$\n</h1>\n"
    )
    cards = {card.front: (card.back, card.context) for card in _extract(note).cards}
    assert cards["la natation"] == ("swimming", ("LE SPORT",))
    assert not [front for front in cards if "vs" in front]


def test_a_word_list_boxed_in_a_fence_or_indented_under_headings_is_read_word_by_word() -> None:
    note = (
        "### Random terms\n```\nRecibo - I receive\nCaramelos - Candies\nDulces - Sweets\nCocino - I cook\n```\n\n"
        '### carpool <a name="carpool"></a>\n    拼车\n\n### alleviate <a name="alleviate"></a>\n    减轻\n\n'
        '### puberty <a name="puberty"></a>\n    青春期\n\n## Code\n\n```\nx = 1 - y;\nz = 2 - w;\nq = 3 - v;\n```\n'
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Caramelos"] == "Candies" and cards["carpool"] == "拼车" and cards["puberty"] == "青春期"
    assert not [front for front in cards if front.startswith(("x", "z", "q"))]


def test_a_phrase_list_of_questions_in_another_language_is_read_phrase_by_phrase() -> None:
    note = "# German\n\nWer? - Who?\nWie? - How?\nWoher? - Where from?\nWie bitte? - Excuse me\n\nWhat is DNS? - A naming system\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Wer?"] == "Who?" and cards["Woher?"] == "Where from?"
    assert not [front for front in cards if front.startswith("Wer? - ")]


def test_a_number_with_its_unit_in_brackets_is_hidden_and_an_acronym_the_heading_spells_is_not() -> None:
    note = (
        "## Time to Live\n\n* A router will drop a packet with a TTL of 0.\n\n"
        "## Rapid STP\n\nSome intro text here about spanning tree.\n\n"
        "* All switches running Rapid STP send their own BPDUs every hello time(2 seconds).\n"
        "* Aurora can scale up to a max of 32vCPUs of compute.\n* It was first described (2019) by the IEEE.\n"
    )
    clozes = _clozes(note)
    assert "All switches running Rapid STP send their own BPDUs every hello time({{c1::2 seconds}})." in clozes
    assert "Aurora can scale up to a max of {{c1::32vCPUs}} of compute." in clozes
    assert not [front for front in clozes if "{{c1::TTL}}" in front or "{{c1::2019}}" in front]


def test_obsidian_to_anki_cards_between_renamed_markers_are_the_authors_cards() -> None:
    note = (
        "TARGET_DECK: Propulsion::6 Rockets\n\n\n\nSTART_CARD\nBasic\n\nWhat is a gravity turn?\n\n"
        "Back: \n- A launch that tilts the rocket slowly so gravity turns its path.\n<!--ID: 1680694727360-->\nEND_CARD\n"
    )
    extraction = _extract(note)
    assert [(card.kind, card.front) for card in extraction.cards] == [("explicit", "What is a gravity turn?")]
    assert load_text(note, Path("n.md")).meta.get("deck") == "Propulsion::6 Rockets"


def test_no_list_of_the_sides_a_heading_compares_nor_of_an_introductions_topics() -> None:
    note = (
        "### 1. Introduction to TCP & UDP:\n\n- **Layer 4 Protocols:** TCP and UDP are both Layer 4 protocols of the stack.\n"
        "- **Exam Focus:** The CCNA exam expects you to compare TCP and UDP and their services.\n\n"
        "### 6. Comparing TCP and UDP:\n\n- **Header Size:**\n    - **TCP:** Larger header with more fields for advanced services.\n"
        "    - **UDP:** Smaller header with minimal fields, resulting in lower overhead.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "list all" in front]
    assert "Layer 4 Protocols" in fronts


def test_a_takeaway_or_a_methodology_label_carries_its_parent() -> None:
    note = "## Suppression Escalation\n\n- **Takeaway:** Detect, verify, then gas; water only as the last resort.\n"
    fronts = [card.front for card in _extract(note).cards]
    assert fronts == ["Suppression Escalation — Takeaway"]


def test_a_numbered_list_in_an_answer_keeps_its_numbers() -> None:
    note = "#### Q: What is each value of x after each line?\n```c\nx = 2/5;\nx = (2.0 / 5.0) * 10;\n```\nA: x is:\n1. 0\n2. 4\n"
    cards = _extract(note).cards
    assert [card.back for card in cards] == ["x is:\n\n1. 0\n2. 4"]


def test_the_next_step_of_what_the_sentence_before_began_is_no_fact_on_its_own() -> None:
    note = (
        "## Network ACLs\n\nA subnet starts with the default network ACL of the VPC.\n\n"
        "Later, you can associate the subnet with a NACL of your choice.\n\n"
        "Anschließend kann sie ein virtuelles Netzwerk mit dem Microsoft Entra-Mandanten bereitstellen.\n"
    )
    assert not [front for front in _clozes(note) if front.startswith(("Later", "Anschließend"))]


def test_a_lead_in_that_points_to_what_the_note_shows_is_no_term() -> None:
    note = (
        "## Covariance\n\nHere's a special one:\n$$\nVar[\\sum{a_iX_i + b_i}] = \\sum{a_i^2 Var[X_i]}\n$$\n\n"
        "## Time\n\nThis is true because\n- Higher prices make up a larger part of consumers' income\n- Consumers find substitutes over time\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith(("Here's", "This is true", "Time — This"))]


def test_a_cloze_never_cuts_the_number_off_a_compound_like_three_way() -> None:
    note = "- The (secret) TCP 3-way handshake\n- Ports and sockets\n"
    assert not [front for front in _clozes(note) if "{{c1::TCP 3}}" in front]


def test_an_outline_typed_with_tabs_under_an_unindented_line_is_read_as_its_list() -> None:
    note = (
        "### Bosons and Fermions\n"
        "bosons: can share state\n\tphoton, pion, helium-4 atom, etc\n\tinteger spin\n"
        "fermions: cannot share state (pauli exclusion principle)\n\telectron, proton, neutron, helium-3 atom, etc\n\thalf-integer spin\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["bosons"].startswith("can share state")
    assert cards["fermions"].startswith("cannot share state (pauli exclusion principle)")
    assert "electron" not in cards["bosons"]


def test_a_word_with_only_its_word_class_is_reported_not_carded() -> None:
    nouns = "".join(f"- **{noun}** *({plural})*\n" for noun, plural in [
        ("der Umzug", "Umzüge"), ("die Unterkunft", "Unterkünfte"), ("die Veränderung", "Veränderungen"),
        ("die Verspätung", "Verspätungen"), ("der Wunsch", "Wünsche"), ("das Zelt", "Zelte"),
    ])
    note = "## Vocabulary\n### Daily Life\n" + nouns + "- **zuverlässig** *(adj.)*\n- **beide** *(pronoun)*\n- **der Teil** *(Teile)*\n"
    extraction = _extract(note)
    assert {card.back for card in extraction.cards} >= {"Umzüge", "Teile"}
    assert not [card for card in extraction.cards if card.back in ("adj.", "pronoun")]
    assert "word class" in _why(extraction)[9]


def test_a_dash_for_an_unknown_cell_in_a_column_of_names_is_no_value() -> None:
    rows = "".join(f"|{disease}|{gene}|{product}|\n" for disease, gene, product in [
        ("Bruton agammaglobulinemia", "BTK", "Bruton tyrosine kinase"), ("Fabry disease", "-", "α-Galactosidase"),
        ("G6PD deficiency", "G6PD", "Glucose-6-phosphate dehydrogenase"), ("Hunter syndrome", "-", "Iduronate sulfatase"),
        ("Lesch-Nyhan syndrome", "HPRT1", "HGPRT"), ("Menkes disease", "ATP7A", "Cu channel"), ("Ocular albinism", "-", "-"),
        ("Wiskott-Aldrich syndrome", "WAS", "WAS protein"), ("Alport syndrome", "COL4", "Type 4 collagen"),
        ("Fragile X syndrome", "FMR1", "FMR protein"),
    ])
    note = "### X-linked Recessive (XR)\n\n|Disease|Gene|Product|\n|-|-|-|\n" + rows
    extraction = _extract(note)
    backs = {card.front: card.back for card in extraction.cards}
    assert backs["Bruton agammaglobulinemia (Disease)"] == "- Gene: BTK\n- Product: Bruton tyrosine kinase"
    assert backs["Fabry disease — Product"] == "α-Galactosidase"
    assert not [front for front in backs if front.startswith("Ocular")]
    assert "left blank" in _why(extraction)[11]
    signs = "## Effects\n\n|Good|Substitution|Income|\n|-|-|-|\n|Normal|+|+|\n|Inferior|+|-|\n|Giffen|+|--|\n"
    assert {card.back for card in _extract(signs).cards} >= {"- Substitution: +\n- Income: -"}


def test_a_number_that_counts_is_not_an_items_numbering() -> None:
    note = "# BigTable\n\n- Prod:\n    - 3 or more nodes in each cluster\n        - Use replication to provide high availability\n"
    assert [card.front for card in _extract(note).cards] == ["3 or more nodes in each cluster"]


def test_which_lecture_notes_to_read_is_no_fact() -> None:
    note = "## Graph Traversal\n\nA graph is searched from a starting node.\n\n*Refer to Week 10 Meeting 1 Lecture Notes for in-depth walkthrough*\n"
    assert not [front for front in _clozes(note) if "Refer" in front]


def test_a_pictures_caption_is_no_part_of_a_breadcrumb() -> None:
    note = (
        "# BigTable\n\n## Architecture\n- Entire BigTable project is called an instance.\n- Tables belong to instances\n"
        "- Structure (1 Cluster below)\n    ![alt text](../images/bigtable.svg)\n"
        "    - Data is never stored in BigTable nodes; each node has pointers to tables stored on Colossus.\n"
        "        - Recovery from the failure of a node is very fast, only metadata needs to be migrated.\n"
        "    - A single table is sharded across multiple tablets.\n"
    )
    crumbs = {card.context for card in _extract(note).cards if card.source.line > 6}
    assert crumbs == {("BigTable", "Architecture", "Structure (1 Cluster below)")}


def test_a_whole_sentence_over_its_points_is_a_fact_of_its_own() -> None:
    note = (
        "## Partitions\n\n- A partition can support a maximum of 3000 RCUs or 1000 WCUs.\n    - Plan the keys so reads spread out.\n"
        "- Know the difference between Multi-AZ and Read Replicas for RDS.\n    * Multi-AZ - disaster recovery\n"
    )
    clozes = _clozes(note)
    assert "A partition can support a maximum of {{c1::3000}} RCUs or {{c2::1000}} WCUs." in clozes
    assert not [front for front in clozes if front.startswith("Know")]


def test_options_crossed_on_an_exam_sheet_are_the_answer() -> None:
    note = (
        "### Marketing-Mix Bereiche (2) [ID: 2956009]\n\n**Eine gelungene Abstimmung der Marketing-Mix Bereiche aufeinander...**\n\n"
        "- sollte am Besten im Nachhinein erfolgen.\n- **(x) kann man durch ein schrittweises Vorgehen erreichen.**\n"
        "- ist in der Praxis nicht nötig.\n- **(x) erfordert mehrere Grob- und Feinabstimmungsprozesse.**\n"
    )
    (card,) = _extract(note).cards
    assert card.kind == "question"
    assert card.back == "- kann man durch ein schrittweises Vorgehen erreichen.\n- erfordert mehrere Grob- und Feinabstimmungsprozesse."
    assert "(x)" not in card.front and "**" not in card.back


def test_the_number_of_an_exam_question_is_no_term_and_no_list_title() -> None:
    note = (
        "# LEK\n\n## AIDA Modell\n\n### MuKb01 (2) [ID: 3004724]\n\n- Attention (Aufmerksamkeit)\n- Interest (Interesse)\n"
        "- Desire (Verlangen)\n- Action (Handlung)\n\n## Vertriebswege\n\n### MuKb02 (2) [ID: 3004719]\n\n"
        "Sie sind ein bekannter Software-Anbieter in der Stadt und nutzen verschiedene Vertriebswege.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts == ["AIDA Modell — list all 4"]


def test_a_bold_word_that_pairs_item_after_item_is_no_cloze() -> None:
    note = (
        "## MuKb04 (2) [ID: 3004721]\n\nOrdnen Sie die Systeme im E-Business ihren Entsprechungen zu!\n\n"
        "- CRM **passt zu** Optimiert kundenbezogene Prozesse.\n- ERP **passt zu** Steuert die Ressourcenplanung im Unternehmen.\n"
        "- SCM **passt zu** Logistikketten werden online gesteuert.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["CRM"] == "Optimiert kundenbezogene Prozesse."
    assert not [front for front in cards if "passt" in front]
    example = "1. **Stage A:**\n\t- _Ille **non** venit._ (Latin)\n\t- _Il **ne** vient._ (Old French)\n\t- _Il **ne** marche._ (Old French)\n\t- _Il **ne** boit._ (Old French)\n"
    assert "**ne**" in load_text(example, Path("n.md")).text


def test_a_row_that_says_one_thing_asks_for_that_thing() -> None:
    rows = "".join(f"|{disease}|{gene}|{product}|\n" for disease, gene, product in [
        ("Bruton agammaglobulinemia", "BTK", "Bruton tyrosine kinase"), ("Fabry disease", "-", "α-Galactosidase"),
        ("G6PD deficiency", "G6PD", "Glucose-6-phosphate dehydrogenase"), ("Hunter syndrome", "-", "Iduronate sulfatase"),
        ("Lesch-Nyhan syndrome", "HPRT1", "HGPRT"), ("Menkes disease", "ATP7A", "Cu channel"),
        ("Ornithine transcarbamylase deficiency", "-", "Ornithine transcarbamylase"), ("Wiskott-Aldrich syndrome", "WAS", "WAS protein"),
        ("Alport syndrome", "COL4", "Type 4 collagen"), ("Fragile X syndrome", "FMR1", "FMR protein"),
    ])
    extraction = _extract("### X-linked Recessive (XR)\n\n|Disease|Gene|Product|\n|-|-|-|\n" + rows)
    backs = {card.front: card.back for card in extraction.cards}
    assert backs["Hunter syndrome — Product"] == "Iduronate sulfatase"
    assert not [front for front in backs if front.startswith("Ornithine")]
    assert "restates" in _why(extraction)[11]


def test_a_long_table_of_two_columns_of_names_is_looked_up_row_by_row() -> None:
    pairs = [("Acetaminophen", "N-acetylcysteine"), ("Anticholinergics", "Physostigmine"), ("Botulism", "Antitoxin"),
             ("β antagonists", "Glucagon"), ("Ca channel blockers", "Calcium"), ("Cocaine", "Benzodiazepines"),
             ("Benzodiazepines", "Flumazenil"), ("Opioids", "Naloxone"), ("Valproate", "L-carnitine"), ("Sulfonylureas", "Octreotide"),
             ("Heparin", "Protamine sulfate"), ("tPAs", "Aminocaproic acid"), ("Lithium", "Hemodialysis"), ("Cyanide", "Hydroxocobalamin"),
             ("Methemoglobin", "Methylene blue"), ("Copper", "Penicillamin")]
    note = "## Antidotes for Toxins\n\n|Toxin|Antidotes|\n|-|-|\n" + "".join(f"|{toxin}|{antidote}|\n" for toxin, antidote in pairs)
    cards = {card.front: card.back for card in _extract(note).cards}
    assert len(cards) == len(pairs) and cards["Opioids — Antidotes"] == "Naloxone"


def test_a_dialogue_that_shows_the_grammar_is_no_question() -> None:
    note = (
        "### も Particle\n\nThe も particle is used to include another topic in the sentence. For example:\n\n"
        "ボブ　：　アリスは学生？\nアリス：　うん、トムも学生\n\nHowever the following would make sense.\n\n"
        "ボブ　：　アリスは学生？\nアリス：　ううん、トムも学生じゃない\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "ボブ" in card.front]
    assert "dialogue" in _why(extraction)[5]


def test_the_topics_a_lesson_covers_are_no_list_to_recite() -> None:
    note = (
        "# Day 02\n\n## 📘 Topics Covered\n- Essential Cybersecurity Terminologies\n- CIA Triad\n- Hacking Methodology\n\n"
        "## 🔐 CIA Triad\n\n- **Confidentiality**: only the authorised read the data.\n- **Integrity**: the data is not altered.\n"
        "- **Availability**: the data is there when needed.\n"
    )
    assert not [card.front for card in _extract(note).cards if "Topics" in card.front]


def test_cases_over_their_points_are_no_list_to_recite() -> None:
    note = (
        "#### Suite of useful conjugate priors\n* Regression:\n  1. For mean:\n      * Likelihood: Normal\n      * Prior: Normal\n"
        "  2. For variance / covariance:\n      * Likelihood: Normal\n      * Prior: Inverse Gamma / Inverse Wishart\n"
    )
    assert not [card.front for card in _extract(note).cards if "list all" in card.front]


def test_a_centred_heading_has_no_tags_in_the_breadcrumb() -> None:
    note = (
        "# Motion\n\n## <center>Uniform Circular Motion</center>\n\nAny curvilinear motion is motion with acceleration.\n\n"
        "The simplest type of curvilinear motion is uniform motion in a circle.\n"
    )
    cards = _extract(note).cards
    assert cards[0].front == "Uniform Circular Motion"
    assert cards[1].context == ("Motion", "Uniform Circular Motion")


def test_kramdowns_table_of_contents_and_a_link_to_revise_are_no_cards() -> None:
    note = (
        "# Tectonic Plates\n\n## Table of Contents\n\n- Table of Contents\n{:toc}\n\n## Scale\n\n"
        "Revise on scale on [The 7 Geographical Concepts](concepts.html#scale).\n\n"
        "Habitats are preferred locations of organisms because they have the resources the organism needs.\n"
    )
    extraction = _extract(note)
    assert [card.source.line for card in extraction.cards] == [12]
    assert "where to read" in _why(extraction)[10]


def test_what_a_problem_asks_to_find_is_no_fact() -> None:
    note = (
        "## Motion of an Object Thrown at an Angle\n\n$\\underline{\\text{Given}: v_o \\alpha}$ $1.$Flight time $t_f - ?$ "
        "$2.$Maximum lifting height of the object $h - ?$ $3.$Flight range $L - ?$\n\nMaximal flight distance is at $45^{\\circ}$.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "Flight time" in card.front]
    assert "asks to find" in _why(extraction)[3]


def test_the_data_of_an_example_a_line_shows_is_no_term() -> None:
    note = (
        "## Roles\n\nUsually it looks like this for three nodes (0, 1 and 2):\n- Config 0: {(0, PAL),(1, AL),(2, AL)}.\n"
        "- Config 1: {(0, AL),(1, PAL),(2, AL)}.\n- Config 2: {(0, AL),(1, AL),(2, PAL)}.\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front.startswith("Config")]
    assert "example" in _why(extraction)[4]


def test_a_hard_wrapped_paragraph_keeps_a_term_wrapped_across_lines() -> None:
    note = (
        "Um computador é constituído por diversos componentes, mas \naqueles que vou abordar são maioritariamente a **Unidade de \n"
        "Processamento (PU)** e a **Memória Primária**. A unidade de \nprocessamento subdivide-se em diversos componentes, entre os quais, o \n"
        "**Banco de Registos**.\nO **Banco de Registos** e a **Memória Primária** têm ambos a \nfunção de armazenar informação.\n"
    )
    clozes = _clozes(note)
    assert any("{{c1::Unidade de Processamento (PU)}}" in front for front in clozes)
    assert not [front for front in clozes if front.rstrip().endswith(" de")]


def test_a_grid_table_drawn_with_characters_is_no_highlight_and_no_sentence() -> None:
    note = (
        "## Criteria\n\n+-------------+------------+------------+\n|             | Behavioral | Structural |\n"
        "+=============+============+============+\n| StateCharts |   +        |   -        |\n+-------------+------------+------------+\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "{{c1::=" in card.front]
    assert "drawn with characters" in _why(extraction)[1]


def test_a_sentence_that_bridges_from_the_part_before_is_no_answer_to_the_heading() -> None:
    note = (
        "# Consumer Preference\n\n## Consumption Bundle\n\nThe first step in modelling the consumer preference is to first understand "
        "the way in which we can represent the consumption.\n\n## Definição de Sistema Operativo\n\nComo reparamos podemos ver o papel do "
        "Sistema Operativo de vários angulos levando a várias definições, todas correctas.\n"
    )
    assert [card.front for card in _extract(note).cards] == []


def test_a_rule_or_memory_aid_label_is_no_term() -> None:
    note = (
        "# Opakování pravopisu\n\n1) Měla na punčoše dvě (oko) oka.\n\n**PRAVIDLO:** Podstatná jména označující párové části těla "
        "mají v některých pádech zvláštní tvary.\n\n2) Objel celý svět.\n\n**PRAVIDLO:** Tvrdé y píšeme ve slovech vyjmenovaných.\n\n"
        "### Notice\n- D has the same sharps as G\n    - mn: the order of sharps: *F*ather *C*harles *G*oes *D*own\n"
    )
    assert not [card for card in _extract(note).cards if card.front in ("PRAVIDLO", "mn")]


def test_whose_notes_these_are_is_no_answer_to_the_title() -> None:
    note = (
        "# Introduzione al Diritto\n\nRiassunto di Francesco Rigoni\n\n<h1 style=\"color:#eb1f00\">CHE COS'E' IL DIRITTO?</h1>\n\n"
        "Il diritto è una **forma di organizzazione sociale**\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "Rigoni" in card.back]
    assert "who wrote" in _why(extraction)[1]


def test_a_step_of_a_working_is_no_stage_to_name() -> None:
    note = (
        "## Coefficiente Multinomiale\n\n$n$ prove indipendenti\nGeneralizziamo oltre al binario\n$n_{1}$ di tipo 1\n$n_{2}$ di tipo 2\n"
        "$n_{3}$ di tipo 3\n$n_{1} + n_{2}+n_{3} = n$\n\n$r=3$\nstadio 1: $\\binom{n}{n_{1}}$\nstadio 2: $\\binom{n-n_{1}}{n_{2}}$\n"
        "stadio 3: $\\binom{n-n_{1}-n_{2}}{n_{3}} = 1$\n"
        "scelte totali: $\\binom{n}{n_{1}}\\binom{n-n_{1}}{n_{2}} = \\dfrac{n!}{n_{1}!n_{2}!n_{3}!}$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front.startswith("stadio")]


def test_a_courses_info_and_a_lectures_slides_are_no_cards() -> None:
    note = (
        "- ### Course Info\n\t- Course Number: #404241\n\t- Professor: [Hossein Asadi](http://sharif.edu/~asadi/)\n\t- Units: 3\n"
        "- ## Introduction\n  collapsed:: true\n\t- Slides: ![Lecture1-intro.pdf](../assets/Lecture1-intro_1669592229275_0.pdf)\n"
        "- ## Process\n\t- **Process** is a program in execution\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Process"]
    assert "about the course" in _why(extraction)[2] and "where to read" in _why(extraction)[5]


def test_to_note_is_a_label_not_a_term() -> None:
    note = (
        "## Dividend Growth Model (DGM)\n\n- Assumes dividends grow at a constant rate.\n"
        "- To note: The price of the stock today is equal to the present value of all future cash flows.\n"
    )
    assert not [card for card in _extract(note).cards if card.front == "To note"]


def test_what_to_learn_and_what_the_notes_cover_are_no_facts() -> None:
    note = (
        "# TCP and UDP\n\nUnderstanding the difference between TCP and UDP\n\n## Methods\n\n"
        "**EXAM TIP: Understand the differences between PSK, Enterprise, and Open System Authentication.**\n\n"
        "Os resumos que se seguem são maioritariamente relativos a arquiteturas **IA-32** e, consequentemente, o que for dito "
        "não se verifica necessariamente para as outras arquiteturas.\n\nTCP uses a {{c1::three}}-way handshake.\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "Understand" in front or "resumos" in front]


def test_a_dash_typed_glued_to_an_abbreviations_bracket_still_splits_term_and_meaning() -> None:
    note = (
        "Internet gateway (IGW)- required for internet; allows VPC to connect to the internet\n"
        "\tReliable, available, and scalable by design. No need to manage it.\n\t Only HAVE to build the Internet Gateways\n"
        "\t Both IPv4 and IPv6 traffic\n"
    )
    cards = _extract(note).cards
    assert [card.front for card in cards] == ["Internet gateway (IGW)"]
    assert cards[0].back.startswith("required for internet")


def test_a_word_glossed_with_its_forms_asks_for_those_forms() -> None:
    nouns = "".join(f"- **{noun}** *({plural})*\n" for noun, plural in [
        ("der Kellner", "Kellner"), ("die Hauptspeise", "Hauptspeisen"), ("das Schokoeis", "no plural"), ("der Topf", "Töpfe"),
        ("die Zutat", "Zutaten"), ("das Sieb", "Siebe"), ("die Pfanne", "Pfannen"), ("der Gastgeber", "Gastgeber"),
    ])
    note = "## Vocabulary\n### Food and Dining\n" + nouns + "- **einladen** *(verb: lädt ein, lud ein, hat eingeladen)*\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["der Topf — Plural"] == "Töpfe" and cards["das Schokoeis — Plural"] == "no plural"
    assert cards["einladen — verb forms"] == "lädt ein, lud ein, hat eingeladen"
    meaning = {card.front for card in _extract("- der Apfel - apple\n- das Brot - bread\n- der Baum - tree\n").cards}
    assert not [front for front in meaning if "Plural" in front]


def test_a_sentence_and_its_translation_led_by_language_codes_is_one_card() -> None:
    note = (
        "## 1. etwas veranlassen (to let somebody do something for you)\n\nDE: _Morgen lasse ich meine Haare schneiden._ \n"
        "EN: _I will get my hair cut tomorrow._\n\nDE: _Lisa lässt ihre Katze im Bett schlafen._\nEN: _Lisa allows her cat to sleep in the bed._\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards == {
        "_Morgen lasse ich meine Haare schneiden._": "_I will get my hair cut tomorrow._",
        "_Lisa lässt ihre Katze im Bett schlafen._": "_Lisa allows her cat to sleep in the bed._",
    }


def test_a_word_set_large_and_in_colour_with_math_is_the_word() -> None:
    note = (
        "## Different types of help verbs\n\n- $\\huge{\\color{Yellow}{haben}}$: 1. Perfekt 2. Plusquamperfekt\n"
        "- $\\huge{\\color{Yellow}{sein}}$: 1. Perfekt 2. Plusquamperfekt 3. Passiv (Zustandspassiv)\n"
        "- $\\huge{\\color{Yellow}{werden}}$: 1. Futur 1 / 2 2. Passiv (Vorgangspassiv)\n"
    )
    assert {"haben", "sein", "werden"} <= {card.front for card in _extract(note).cards}


def test_a_word_lists_practice_sentences_without_translation_are_no_facts() -> None:
    note = (
        "## Sentences\ndu hast recht. das klingt fantastisch\nCora wäscht die Pilze.\nUrsula schneidet die Zwiebel.\n"
        "Mach die Soße gleich! Hier steht, die Knödel sind in 15 Minuten fertig.\n\n"
        "## Beispielsätze\n- Es importante que {{c1::comamos}} comida sana↔Es ist wichtig, dass wir gesund essen\n"
    )
    clozes = _clozes(note)
    assert not [front for front in clozes if "Pilze" in front or "Knödel" in front]
    assert [front for front in clozes if "comamos" in front]


def test_a_question_left_to_do_or_asking_only_why_has_no_card() -> None:
    note = (
        "#### Two-phase locking\nW trakcie działania najpierw blokujemy napotkane zasoby, ten mechanizm zapewnia szeregowalność\n\n"
        "Dlaczego?\n#todo \n\nJest też możliwość deadlocka\nScheduler musi sobie z tym poradzić\n\n"
        "#### Strict two-phase locking\nZwalniać możemy zacząć dopiero gdy zrobimy commit lub rollback\n\nDlaczego tak?\n\n"
        "Jeżeli zwalniamy po zakończeniu całej transakcji to na pewno nikt nie przeczyta naszych edycji\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.kind == "question"]
    assert _why(extraction)[4].startswith("a question the author has yet to answer")
    assert _why(extraction)[13].startswith("a question that does not say what it asks about")


def test_a_cell_that_says_the_same_as_above_takes_the_cell_above() -> None:
    note = (
        "## Symbols\n|Symbol|Name|Unit|\n|---|---|---|\n|$E$|Energy|$J$ (Joules)|\n|$E_k$|Kinetic energy|&uarr;\n"
        "|$E_p$|Potential energy|&uarr;\n|$F$|Force|$N$ (Newtons)|\n|$F_c$|Centripetal force| &uarr;\n\n"
        "## Autosomal Trisomies\n||Down Syndrome|Edwards Syndrome|\n|-|-|-|\n|PAPP-A|↓|↓|\n|hCG|↑|↓|\n|Inhibin A|↑|↓|\n"
    )
    table = build_outline(load_text(note, Path("note.md"))).root.sections[0].blocks[0]
    assert isinstance(table, Table)
    assert [row[2] for row in table.rows] == ["$J$ (Joules)", "$J$ (Joules)", "$J$ (Joules)", "$N$ (Newtons)", "$N$ (Newtons)"]
    trisomies = build_outline(load_text(note, Path("note.md"))).root.sections[1].blocks[0]
    assert isinstance(trisomies, Table) and [row[1] for row in trisomies.rows] == ["↓", "↑", "↑"]


def test_a_dotted_section_number_before_a_colon_and_a_condition_on_a_variable_are_no_terms() -> None:
    note = (
        "## 2.3: Constant Forces\n\n### 2.3.1: Types of Forces\n\n"
        "* **FRICTION FORCE:** Force of a surface on an object acting/moving along that surface\n"
        "* **NORMAL FORCE:** The force of a surface on an object in contact with the surface\n\n"
        "#### 7.2: Trapezoid when m = 1\n\n![](image/2022-09-26-11-00-28.png)\n\n"
        "- Dijkstra's with\n  - Array (better for dense)\n    - Sparse graphs where E = O(V), O(V^2)\n"
    )
    cards = {card.front: card for card in _extract(note).cards}
    assert cards["Types of Forces — list all 2"].context[-1] == "Constant Forces"
    assert cards["FRICTION FORCE"].context[-1] == "Types of Forces"
    assert not [front for front in cards if front.endswith(("when m", "where E"))]


def test_placeholders_numbered_notes_worked_steps_and_the_notes_own_example_make_no_cards() -> None:
    note = (
        "# Important terms in OS\n\n### Memory Hierarchies\n(Sett inn bilde her)\n\n"
        "### Linear Probing\nLinear probing is the process of searching for the next available index to store a value.\n\n"
        "In our example above if we tried to store a value for the key 54 it would be stored in the 5th index instead.\n\n"
        "`(4 + 3 * 0 + 7 * 0^2) % 10 = 4` Oops, we collided again.\n\n"
        "A general factorised or standard transfer function is of the following form.\n\n"
        "**注 1**：一般处理时延和排队时延都可忽略不计（除非特殊说明）。\n\n"
        "* Electric Forces talked about later in the course and addressed in depth in AP Physics 2\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Linear Probing"]
    assert _why(extraction)[3].startswith("no answer written yet")


def test_a_concept_heading_and_an_exam_callout_gather_facts_they_do_not_name() -> None:
    note = (
        "# Taints and Tolerations\n\n## Concept\n\n- **Taint** — applied to a **node** to repel pods from being scheduled there\n"
        "- **Toleration** — applied to a **pod** to allow it to be scheduled on a tainted node\n\n"
        "## Master Node Taint\n\nThe master node has a taint that keeps ordinary pods off it.\n\n> [!tip] CKA Exam\n"
        "> - Taints repel pods; tolerations grant exceptions — **not** a guarantee of placement\n"
        "> - `NoExecute` is the most aggressive — evicts **running** pods too\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Taint" in fronts and "Toleration" in fronts
    assert not [front for front in fronts if "Concept" in front or "CKA Exam" in front]
    assert [front for front in fronts if "NoExecute" in front]


def test_a_long_table_of_short_cells_is_looked_up_row_by_row() -> None:
    services = [
        ("FTP (control/data)", "21 (control), 20 (data)", "Insecure → use SFTP/FTPS"), ("SSH / SFTP / SCP", "22", "Secure remote login"),
        ("Telnet", "23", "Insecure remote login"), ("SMTP", "25", "Mail transfer (unencrypted)"), ("DNS", "53 TCP/UDP", "Zone transfers, queries"),
        ("DHCP", "67 (server), 68 (client)", "Auto IP assignment"), ("TFTP", "69", "Trivial FTP, insecure"), ("HTTP / HTTPS", "80 / 443", "Web traffic"),
        ("POP3 / POP3S", "110 / 995", "Email retrieval"), ("IMAP / IMAPS", "143 / 993", "Email with folders"), ("SNMP", "161/162 UDP", "Polling, traps"),
        ("LDAP / LDAPS", "389 / 636", "Directory services"), ("SMB / CIFS", "445", "File sharing (Windows)"), ("Syslog", "514 UDP", "Log forwarding"),
        ("RDP", "3389", "Remote desktop"), ("NTP", "123 UDP", "Time sync"), ("Kerberos", "88", "Authentication protocol"),
    ]
    rows = "".join(f"| **{name}** | {port} | {notes} |\n" for name, port, notes in services)
    note = "#### Frequently Asked Ports\n\n| **Service** | **Port (TCP/UDP)** | **Notes** |\n|---|---|---|\n" + rows
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Kerberos (Service)"] == "- Port (TCP/UDP): 88\n- Notes: Authentication protocol"
    assert len([front for front in cards if front.endswith("(Service)")]) == 17


def test_a_term_and_its_meaning_in_one_italic_span_and_a_chain_of_fields() -> None:
    note = (
        "## Data roles\n\n🔎 *“Day-to-day” = custodian* (EXAM!)\n\n- *Owner: final authority, legally responsible*\n\n"
        "## Ethernet\n\nPreamble -- SFD -- Destination -- Source -- Type Either 7 bytes -- 1 byte -- 6 bytes -- 6 bytes -- 2 bytes\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["Owner"] == "final authority, legally responsible"
    assert [back for back in cards.values() if back == "custodian (EXAM!)"]
    assert not [front for front in cards if front in ("Preamble", "🔎 *“Day-to-day”")]


def test_asides_pointers_rhetorical_then_questions_and_what_a_part_lets_you_solve_make_no_cards() -> None:
    note = (
        "## Security\n\napparently: hash functions don't need to be collision resistant for pswd hashing, just one-way\n\n"
        "## Section 2: Selecting the right option\nEC Features:\nWith Amazon EC2, you can quickly build and start a new server: You don't "
        "need to rack the server, run cable, and update hardware drivers as you would do with a traditional server.\n\n"
        "- You can scale capacity as needed, both up and down.\n\n"
        "- Instances offer at least 99.99% (four nines) of availability. For more information on AWS and availability, see "
        "Amazon Compute Service Level Agreement.\n\n"
        "## 트랜지스터\n\npnp는 반대로 베이스에 음전압이기 때문에 보다 더 까다롭다.\n\n그럼 어떻게 해야 할까?\n\n바로 베이스 쪽에 저항을 다는 것이다.\n\n"
        "## Applications of Newton's Second Law\n\n* The knowledge of kinematics and Newton's Second Law can be used together to help solve "
        "and address many physics problems and scenarios\n"
    )
    extraction = _extract(note)
    said = " ".join(f"{card.front} {card.back}" for card in extraction.cards)
    assert "99.99%" in said
    assert not re.search(r"apparently|For more information|그럼|many physics problems", said)
    assert [reason for reason in _why(extraction).values() if reason.startswith("a question the prose asks of what it just said")]


def test_a_statement_on_its_own_line_and_the_words_that_lead_on_are_no_terms() -> None:
    note = (
        "## AWS Compute Options\nEC2 uses instances (VMs)\nContainers package everything up and allow for quick, reliable, consistent deployment.\n"
        "ECS is Elastic Container Service and allows for container management across a cluster of EC2 instances.\n\n"
        "#### Two-phase locking\nJest też możliwość deadlocka\nScheduler musi sobie z tym poradzić\n\n"
        "## Light atom interaction\nWe have: \n- **momochromatic Lightfield** of frequency $\\omega_L = 2 \\pi \\times v_L$\n"
        "- particle with dipol moment\n\t- in our case: \n\t\t- particle with dipol moment has the **interaction energy**\n"
        "- threfore we assume: diregard the atom , only see the two energy elvels \n"
    )
    cards = _extract(note).cards
    fronts = [card.front for card in cards]
    assert not [front for front in fronts if front in ("EC2 uses instances (VMs)", "Jest też możliwość deadlocka", "We have", "in our case", "threfore we assume")]
    assert not [card for card in cards if "We have" in card.context or "in our case" in card.context]
    assert [front for front in fronts if "interaction energy" in front]


def test_a_dash_between_two_ends_of_a_scale_is_a_range() -> None:
    note = (
        "- Carbohydrates\n    - Good when exercising or for quickly replenishing glycogen stores\n    \n"
        "- Fats\n    - important energy source @ low - moderate intensity\n    - aids absorbtion of KADE vitamins\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.front.endswith("@ low") or card.back.startswith("moderate")]
    assert [card for card in cards if "low - moderate intensity" in card.back or "low - moderate intensity" in card.front]


def test_a_points_cloze_under_a_sentence_carries_that_sentence_first() -> None:
    note = (
        "### Mesh\n\n- All nodes are directly connected to all other nodes\n"
        "  - This is very wasteful as most of the connections will be used infrequently\n"
        '  - To get around this, we can instead construct a "partial mesh" network\n'
        "    - Each node is connected to a few others\n    - Less cabling required\n"
    )
    clozes = [front for front in _clozes(note) if "a few others" in front]
    assert clozes and clozes[0].startswith('To get around this, we can instead construct a "partial mesh" network\n\nEach node is')
    given = (
        "- These different ISPs are connected using Internet Exchange Points (IXPs)\n  - There are different types of IXPs, with NAPs being one of them\n"
        "  - NAPs act as a connection point between two ISPs to connect them and form the Internet\n"
    )
    assert "There are different types of {{c1::IXPs}}, with NAPs being one of them" in _clozes(given)  # (the sentence would tell)


def test_a_front_that_points_above_itself_has_no_card() -> None:
    note = (
        "### Magnitude plot\n\nFor the above transfer function, the sum of the *individual contributions* of the factors to the magnitude are\n\n"
        "$$\nH(s)\\;\\text{dB}=20\\log_{10}10+20\\log_{10}|s+100|\n$$\n\n"
        "## Quantity theory\n\n$$MV = PY$$\n\nIn this equation:\n- $M$ represents the money you paid\n"
        "- $V$ is the **velocity of money** (the number of times you spend $M$ in a year)\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "above transfer function" in front or front == "In this equation"]
    assert [front for front in fronts if "velocity of money" in front]


def test_a_cloze_never_hides_only_how_the_author_judged_something() -> None:
    note = (
        "## Indifference curves\n\nIndifference curves are extremely useful and a visual way of representing the preferences of the consumer.\n\n"
        "## Placement\n\nWireless access point (WAP) placement is seemingly simple, perform a site survey.\n\n"
        "## Settlements\n\nThe early settlements here are not surprising.\n"
    )
    assert not [front for front in _clozes(note) if re.search(r"\{\{c1::(?:extremely useful|seemingly simple|not surprising)\}\}", front)]


def test_two_cases_single_and_multiple_are_sides_not_names_to_recite() -> None:
    note = (
        "### Analysis of Spin Locks\n\n  * **Correctness:** They provide mutual exclusion.\n  * **Performance:**\n\n"
        "      * **Single CPU:** Poor performance. If a thread holding the lock is preempted, the others just spin.\n"
        "      * **Multiple CPUs:** Works well. Spinning to wait for a lock held on another processor is often effective.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration"]
    assert {"Single CPU", "Multiple CPUs"} <= {card.front for card in cards}


def test_a_sentence_that_opens_on_what_to_do_has_no_name_in_its_verb() -> None:
    note = (
        "## Practice Questions and Answers\n\n13. Enable IP forwarding on your machine.\n\n> First step is to find the parameter for IP forwarding.\n\n"
        "## Problem solving\n\n- Draw a sketch of the problem. \n- Identify known and unknown quantities, and identify the system of interest \n"
        "- Write Newton’s second law in the horizontal and vertical directions and add the forces acting on the object.\n"
    )
    assert not [front for front in _clozes(note) if re.search(r"\{\{c1::(?:Enable|Write) ", front)]


def test_a_cloze_never_hides_the_headings_name_spaced_otherwise() -> None:
    note = (
        "# BigTable\n\n## Production & Development\n- Prod:\n    - Standard instance with 1-2 clusters\n    - Replication available, throughput guarantee\n"
        "- Development:\n    - Low cost instance with 1 node cluster\n    - No replication\n"
        "- Create Compute Engine instance in same zone as Big Table instance\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::Big Table}}" in front]


def test_a_heading_whose_first_line_announces_its_list_asks_for_that_list() -> None:
    note = (
        "# Introduction\n\n## Ten Principles of Economics\n\n### 1.1 How People Make Decisions\n\n"
        "Four principles about individual decision making\n\n  1. People face trade-offs\n"
        "  1. The cost of something is what you give up to get it\n  1. Rational people think at the margin\n"
        "  1. People respond to incentives\n\n\n| Term | Explanation |\n| -- | -- |\n| scarcity | the limited nature of society's resources |\n"
        "| economics | the study of how society manages its scarce resources |\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert "People respond to incentives" in cards.get("How People Make Decisions", "")
    assert cards.get("scarcity") == "the limited nature of society's resources"


def test_a_cloze_never_hides_a_link_or_the_name_of_a_pictures_file() -> None:
    note = (
        "# Fetch, decode, execute, store\n\n## Execute\n\nOnce the instruction is decoded, the CPU executes it.\n\n"
        "The activities of ALU are covered in [CPU Architecture](/Computer_Architecture/CPU/CPU_architecture.md#arithmetic-logic-unit)"
        " and the notes on [Logic Gates](/Electronics_and_Hardware/Logic_gates/Logic_gates.md).\n\n"
        "### Kusto Query Language\n\nGeneric docs for KQL (not Monitor specific) are here: <https://learn.microsoft.com/en-us/azure/data-explorer/kusto/query/>\n\n"
        "## Structure\n\n![[Microelectronics - 33 MOSFET Structure [Bmk1HxYwkgQ - 640x360 - 1m51s].png]]\n"
    )
    assert not [front for front in _clozes(note) if re.search(r"\{\{c\d::[^}]*(?:\]\(|https?://)|\{\{c1::33\}\}", front)]


def test_a_capital_after_a_bold_lead_or_after_marks_only_opens_the_sentence() -> None:
    note = (
        "### ESTCV:\n\n1.  **Write *E*xamples and Clarify the Question**: You need to write examples, and in the process, ask questions"
        " that unearth the actual problem the interviewer wants you to solve.\n    \n"
        "2.  **Come up with *S*olutions** Come up with solutions and explain them to the interviewer, and once the interviewer seems to"
        " settle on one, write down simple steps, not more than a few lines.\n    \n"
        "3.  **Write down *T*est cases** When an interviewer sees you do this, they know you are legit. Quickly jot down key test cases.\n    \n"
        "4.  **Write *C*ode** Write the actual code. Make liberal use of helper functions.\n    \n"
        "5.  ***V*erify code and test cases** Once you are done, make sure you step through the code and make sure it works.\n    \n\n"
        "#### Versioning Syntax\n\n- `https://www.terraform.io/docs/configuration/version-constraints.html`\n"
        "- its possible to seperate out the providers versioning into a seperate `.tf` file. This allows you to keep the code clean.\n\n##### ~>\n\n"
        "- ~> Allows for semver fixed upgraded at the specifc segment\n\n``` c#\nversion = \"~> 0.9\"\n```\n\n"
        "- is equivalent to `>= 0.9, < 1.0`\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::Once}}" in front or "{{c1::Allows}}" in front]


def test_a_pronoun_before_a_colon_is_no_term() -> None:
    note = (
        "### ESTCV:\n\n4.  **Write *C*ode** Write the actual code. Make liberal use of helper functions.\n    \n"
        "    1.  Me:  Code with stubs & comments first\n"
    )
    assert "Me" not in {card.front for card in _extract(note).cards}


def test_a_worked_example_going_on_gives_no_formula_card() -> None:
    note = (
        "## Format Approach\n\n### Procedure\n\nConsider the following circuit:\n![[Nodal Example 2a.png]]\n"
        "At present this circuit would be very complex to solve with nodal analysis, since there are 4 unknown nodes.\n\n"
        "Our equations therefore would look like\n$$\n\\begin{aligned}\n\t&V_1(G_1+G_2+G_3)-&V_2(G_3)&&=&&I_{S1}\\\\\n\\end{aligned}\n$$\n\n"
        "If we multiply the first equation by 12 and the second by 30 (to remove the fractions) we get\n"
        "$$\n\\begin{aligned}\n\t11V_1-2V_2&=48\\\\\n\t-5V_1+18V_2&=-3\n\\end{aligned}\n$$\n\n"
        "## Resistance\n\nIn general, then,\n$$\nR_T=\\left(\\sum_iR_i^{-1}\\right)^{-1}\n$$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if re.match(r"Consider|Our equations|If we multiply|In general", front)]


def test_keywords_listed_after_a_label_are_no_cloze() -> None:
    note = "# VIRTUAL PRIVATE CLOUD\n\n- Concepts: CIDR block, Masks, DHCP.\n- Each VPC network is global and its subnets are regional.\n"
    assert not [front for front in _clozes(note) if front.startswith("Concepts")]


def test_what_the_note_holds_and_what_the_course_saw_are_no_cards() -> None:
    note = (
        "# Standard vs premium\n\nThis document contains all info about standard vs premium (and also shared/isolated)\n\n## App service\n\n"
        "- Free/shared: Almost no features. 1 hour compute time per day. Max 10 apps. 1 GB disk space\n"
        "- Shared: Like Free, but not free. Custom domains. 1 hour per day. Max 100 apps.\n\n"
        "## Cluster upgrade\n\n- We saw how K8s manages it's software releases.\n"
        "- ETCD and COREDNS have separate versions, detached from the k8s version.\n- K8s releases a new minor version every few months.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "This document" in card.back or card.front.startswith("We saw")]
    assert "Free/shared" in {card.front for card in cards}


def test_a_study_logs_entries_sources_progress_and_empty_rows_are_no_cards() -> None:
    table = "| German | English | Notes / Context |\n| --- | --- | --- |\n"
    note = (
        f"# 📅 Entry: 27 January (Tuesday)\n\n### 📘 Source: Nicos Weg A1 — *Tschüss!*\n\n{table}| Guten Tag | Good day | Formal greeting |\n"
        "| Wie geht es Ihnen | How are you | Formal form |\n\n---\n\n### 🧠 Logic & Grammar\n\n"
        "* **S Pronunciation Rule**\n  When **S** appears at the **start of a word or before a vowel**, it is pronounced like **Z**.\n\n"
        "> **Progress Note**\n\n* Completed **12 lessons** with a score of **86%**.\n"
        "* Indicates solid comprehension, with room for improvement in pronunciation accuracy and response fluency.\n\n---\n\n"
        f"# 📅 Entry: 28 January (Wednesday)\n\n### 📘 Source: Nicos Weg A1 — *Von A bis Z*\n\n{table}| Bis bald | See you soon | Casual farewell |\n"
        "| Vielen Dank | Thank you very much | Emphatic thanks |\n\n"
        "### 📗 Source: Duolingo — Vocabulary\n\n| German | English | Notes/Context |\n| ------ | ------- | -------------------- |\n"
        "| —      | —       | No new words learned |\n\n---\n\n# 📅 Entry: 1st February 2026\n\n### 📘 Source: Nicos Weg — Vocabulary\n\n"
        f"{table}| Wie heißen Sie? | What’s your name | Formal |\n| Ich bin ihre Deutschlehrerin | I am her German teacher | Possessive + profession |\n"
    )
    cards = _extract(note).cards
    fronts = {card.front for card in cards}
    assert not [card for card in cards if re.search(r"Source$|Entry$|Progress|No new words|12 lessons", card.front + card.back)]
    assert {"Guten Tag", "Bis bald"} <= fronts


def test_a_bullet_saying_its_parts_are_described_below_is_no_answer() -> None:
    note = (
        "# Talcott Parsons\n\n## Theory of Social Action\n\n#### Orientations of Social Action\n\n"
        "- Parsons talked about how a social action has a certain orientation to it. The two orientations are described below.\n\n"
        "1. **Motivational Orientation (Micro Perspective)**\n  - It is influenced by the individual's own needs, interests and plans.\n"
        "2. **Value Orientation (Macro Perspective)**\n  - It is influenced by the values and norms of society.\n"
    )
    assert "Orientations of Social Action" not in {card.front for card in _extract(note).cards}


def test_an_outlines_parts_and_a_dated_entry_are_no_list_and_no_term() -> None:
    note = (
        "# Abstract\n\n- This document introduces os basics\n\n## Operating System\n\n1. Def\n   1. Manages the hardware and running programs\n"
        "2. Device Driver\n   1. OS plug-in module for controlling a particular device\n3. Processes running\n"
        "   1. CPU alternate processes on each cores one at a time.\n4. Process Memory\n   1. Stack and heap are both used for storing data.\n\n"
        "# History (contd)\n\n- Process\n  - Two characteristics\n  - Heavyweight process\n    - Main program\n  - Lighweight process\n"
        "    - Spawned heavyweight process\n  - A process is\n    - A program in execution\n    - Has a “Process control Block (PCB)”\n\n"
        "### 09/09/2022 interviewing.com - Jovan\n\n- [ ] Nix writing down a restatement, just say it\n- [ ] Keep a timer\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if card.kind == "enumeration" and re.search(r"\bDef\b|A process is", card.back)]
    assert not [card for card in cards if card.back == "Jovan"]


def test_tags_a_proof_a_pointer_and_a_variable_set_mid_sentence_are_no_terms() -> None:
    note = (
        "标签: [[物理]] [[概念]] [[公式]] [[热力学]]\n### 研究对象：\nU（内能 增加>0）   W（做功 气体对外界做功>0）   Q（热量 吸热>0）\n\n"
        "## 通过热力学第一定律体系的各种讨论\n\n### 1. 对热容的讨论\n\n见[[热容]]那一part吧 累了, 不想重复\n\n"
        "## 交流电能量\n\n$$\n\\overline{P} = \\frac{1}{2} I_{0}V_{0} \\cos \\phi\n$$\n其中$I_{0}$为电流最大值, $V_{0}$为电压最大值.\n\n"
        "证明: \n$$\nP = vi = V_{0}I_{0} \\cos(\\omega t+\\phi)\\cos\\omega t\n$$\n\n"
        "# RC Circuits\n\n## Charging a Capacitor\n\n* t is the time passed; RC is the time constant.\n"
        "* using i = dq/dt (change in amt of charge over time), we see that the **current across the capacitor approaches 0**, since it's proportional to e^-t/RC\n"
        "* but why? because as charge builds up on the capacitor plates, it impedes the current.\n\n## Discharging a Capacitor\n\n"
        "now, we look at another situation: the capacitor is already charged to V0 and Q0 (full potential & charge)_._ we remove the battery to form a short circuit.\n\n"
        "immediately, current is formed in the **opposite direction** because the capacitor is now acting as the battery.\n\n"
        "we set t = 0 back again, and we expect charge, current, and voltage to decrease exponentially. indeed:&#x20;\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if front in ("标签", "证明", "对热容的讨论", "using i", "we set t") or front.startswith("now, we look")]


def test_a_contents_line_a_lecturers_byline_and_a_prefix_over_a_list_are_not_what_is_asked() -> None:
    note = (
        "# Business Growth Strategy\n\n1. [Growth Strategy Overview](#l1): the Scenario Planning tool to identify and evaluate opportunities to scale an organization.\n"
        "2. [Growth through Scaling](#l2): Scenario Planning.\n3. [Entry and Rivalry](#l3): Payoff Matrices.\n"
        "5. [Growing through Innovation](#l5): Real Options Analysis.\n\n"
        "# Markov Chains\n\nSummary of notes from lectures by Sheldon Jacobson\nfor the course IE 410 at UIUC in Fall 2021.\n\n"
        "# AWS Serverless\n\n### Lambda - Event Source Mapping\n\n* Kinesis Data Streams\n* SQS & SQS FIFO Queue\n* DynamoDB Streams\n\n"
        "#### Streams & Lambda (Kinesis & DynamoDB)\n\n* An event source mapping creates an iterator for each shard, processes items in order\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "(#l" in card.front or "Sheldon" in card.front]
    assert not [card for card in cards if card.kind == "enumeration" and card.front.startswith("Lambda")]
    assert [card for card in cards if card.kind == "enumeration" and card.front.startswith("Event Source Mapping")]


def test_what_a_working_gets_next_is_no_formula_card_unless_boxed() -> None:
    note = (
        "## Right answers\n\n- Input is 100x100x3, filter 8x8, stride 2\n\nIn this case padding is 0, so you get\n\n"
        "$$\nw_{out} = \\frac{W_{in}-f_{w}+2\\cdot 0}{S}+1\n$$\n\n"
        "## 光\n\n麦克斯韦方程组给出了电磁波。\n\n对 Faraday's law 两边取 $\\nabla\\times$ 得\n$$\n\\nabla\\times(\\nabla \\times\\bm E)=0\n$$\n\n"
        "## 발사체 궤적\n\n$x$성분 식에서 시간 $t$는 다음과 같다.\n\n이 결과를 $y$성분 식에 넣으면\n$$\ny=x\\tan\\theta_0\n$$\n\n"
        "## Uniform distribution of deaths\n\nThe deaths are spread evenly over the year.\n\nfor **survival function** at fractional ages, we have\n"
        "$$\n\\boxed{{} _{t+s}p_x = 1 - (t+s) q_x}\n$$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert not [front for front in fronts if "so you get" in front or "两边取" in front or "결과를" in front]
    assert [front for front in fronts if "survival function" in front]


def test_a_sentence_saying_the_documentation_tells_it_is_where_to_read() -> None:
    note = (
        "# Cloudformation\n\n## Anatomia do Template\n\nA [Anatomia do Template](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/"
        "template-anatomy.html) pode ser consultada através da própria documentação oficial do *Cloudformation*.\n\n### Sessões\n\n"
        "- **Description**: Descrição do *template* que está sendo criado.\n- **Metadata**: Informações referentes aos dados presentes no *template*.\n"
    )
    cards = _extract(note).cards
    assert not [card for card in cards if "consultada" in card.front + card.back]
    assert "Description" in {card.front for card in cards}


def test_an_outlines_parts_in_chinese_are_no_list_to_recite() -> None:
    note = (
        "# gre填空\n"
        "\n"
        "\t- #### 解释说明\n"
        "\t  collapsed:: true\n"
        "\t\t- 定义\n"
        "\t\t  collapsed:: true\n"
        "\t\t\t- 某个对象特征，由一个修饰的成分或补充说明的内容来描述\n"
        "\t\t- 怎样处理\n"
        "\t\t  collapsed:: true\n"
        "\t\t\t- 解释与被解释部分，特征取同，且必须符合内在推理\n"
        "\t\t- 关键词\n"
        "\t\t  collapsed:: true\n"
        "\t\t\t- 标点符号人:或者一)，从句(同位语、定语、宾语/表语)，形容词或分词短语(adj./doing/done等等),for example，namely，with等等\n"
        "\t\t- 注意\n"
        "\t\t  collapsed:: true\n"
        "\t\t\t- 注意合理推理\n"
        "\t\t\t- 空格一定是解释部分必然推理出来的，不是仅仅选可能的选项\n"
        "\t\t- 例子\n"
        "\t\t  collapsed:: true\n"
        "\t\t\t- eg1：\n"
        "\t\t\t  collapsed:: true\n"
        "\t\t\t\t- ![Replaced by Image Uploader](https://raw.githubusercontent.com/qugushihua/blog-images/master/202401062121117.png)\n"
        "\t\t\t- eg2：\n"
        "\t\t\t  collapsed:: true\n"
        "\t\t\t\t- ![Replaced by Image Uploader](https://raw.githubusercontent.com/qugushihua/blog-images/master/202401062132308.png)\n"
        "\t\t\t- eg3：\n"
        "\t\t\t  collapsed:: true\n"
        "\t\t\t\t- ![Replaced by Image Uploader](https://raw.githubusercontent.com/qugushihua/blog-images/master/202401062136995.png)\n"
        "\t\t\t- eg4：\n"
    )
    assert not [card for card in _extract(note).cards if card.kind == "enumeration" and "定义" in card.back]


def test_a_lectures_definition_label_names_a_topic_or_opens_the_term_it_defines() -> None:
    note = (
        "# Markov Chains\n\n## Poisson Process\n\n"
        "* Definition: counting process.\n"
        "* Definition: Independent increments, stationary increments.\n"
        "* Theorem: Inter-arrival times of a poisson process are IID exponential(λ).\n\n"
        "## Limiting probabilities\n\n"
        "* Periodicity of a state.\n"
        "* Definition: Ergodic: Positive recurrent and aperiodic.\n"
    )
    extraction = _extract(note)
    cards = {card.front: card.back for card in extraction.cards}
    assert not [front for front in cards if "Definition" in front]
    assert "topic named" in _why(extraction)[6]
    assert cards["Ergodic"] == "Positive recurrent and aperiodic."


def test_a_heading_over_the_authors_remark_about_their_own_learning_is_no_card() -> None:
    note = (
        "# Capacitors\n\n## Discharging\n\n"
        "When a capacitor discharges through a fixed resistor, the charge decreases *exponentially* with time.\n\n"
        "### $x = x_{0} e^\\frac{-t}{cr}$\n\n"
        "you can replace $x$ with anything and it works somehow I should probably learn why but I'm kinda cramming rn\n\n"
        "## Nouns/Gender\n\nBunch of nouns that have somehow still trip me up.\n"
    )
    extraction = _extract(note)
    assert [card.front for card in extraction.cards] == ["Discharging"]
    assert "own remark" in _why(extraction)[7]
    assert "own remark" in _why(extraction)[11]


def test_a_vocabularys_note_column_is_an_aid_beside_each_word_not_a_column_to_recite() -> None:
    note = (
        "# Svenska\n\n## Common phrases\n\n"
        "| English             | Svenska                 | Note                                    |\n"
        "| :------------------ | :---------------------- | :-------------------------------------- |\n"
        "| welcome             | vëlkommen               | VEL like Velma                          |\n"
        "| sorry               | förlåt                  | pronounced like 'forlorn'               |\n"
        "| excuse me           | ursäkta                 | U R sakta                               |\n"
        "| please, thank you   | tack                    |                                         |\n"
    )
    cards = _extract(note).cards
    assert [(card.front, card.back, card.extra) for card in cards] == [
        ("welcome — Svenska", "vëlkommen", "VEL like Velma"),
        ("sorry — Svenska", "förlåt", "pronounced like 'forlorn'"),
        ("excuse me — Svenska", "ursäkta", "U R sakta"),
        ("please, thank you — Svenska", "tack", ""),
    ]


def test_a_short_aside_after_a_dash_in_a_list_of_names_stays_in_the_list() -> None:
    note = (
        "# Cloud BigTable\n\n### Use cases\n- Financial data - stock prices \n- IoT data\n"
        "- Marketing data - purchase histories\n\n"
        "### Linear hashing\n- Avoids a directory - no expensive directory doubling\n"
        "- May temporarily admit overflow pages\n- May split empty pages - inefficient space utilization\n\n"
        "### Tópicos\n- Conceito da Web\n- Evolução da Web\n- O W3C - World Wide Web Consortium\n"
    )
    extraction = _extract(note)
    cards = {card.front: card.back for card in extraction.cards}
    assert "Financial data" not in cards and "Marketing data" not in cards
    listed = next(back for front, back in cards.items() if "Use cases" in front)
    assert "Financial data - stock prices" in listed and "Marketing data - purchase histories" in listed
    assert "aside after its dash" in _why(extraction)[4]
    assert cards["Avoids a directory"] == "no expensive directory doubling"  # a list of statements: the dash defines
    assert cards["O W3C"] == "World Wide Web Consortium"  # what the letters stand for


def test_a_pages_html_link_back_to_its_course_is_no_cloze() -> None:
    note = (
        "---\nlayout: default\ntitle: \"Lecture 1\"\n---\n\n"
        "<a href=\"{{ '/ma32023/' | relative_url }}\" class=\"back-link\">← MA32023 Bayesian Statistics</a>\n\n"
        "# Lecture 1 — Bayesian Foundations\n\nThe posterior is proportional to the likelihood times the prior.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts and not [front for front in fronts if "MA32023" in front or "href" in front]


def test_a_cloze_never_hides_the_plural_acronym_of_its_heading() -> None:
    note = (
        "# Recurrent Neural Networks\n\n"
        "RNNs can be used to classify a sequence (many-to-one), translate a sequence (many-to-many), "
        "and even generate a sequence from a single input (one-to-many).\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::RNNs}}" in front]


def test_aka_is_no_term_and_a_lecture_address_with_its_speaker_is_a_link() -> None:
    note = (
        "# Temp: Bias-Variance Tradeoff\n\n"
        "Some lecture: https://www.youtube.com/watch?v=zUJbRO0Wavo (by Kilian Weinberger)\n\n"
        "## Eigenvectors\n\n"
        "- the null space of $A-\\lambda I$ holds the eigenvectors\n"
        "- _aka: the $\\lambda \\textrm{ eigenspace}=\\mathrm{ker}(A-\\lambda I)$_\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Some lecture" not in fronts and "aka" not in fronts


def test_a_labelled_working_aligned_to_a_number_is_an_exercise_not_a_formula() -> None:
    note = (
        "# Resistors \n\nThe current is the same through series elements \n"
        "Source only \"sees\" the total resistance in a circuit \n"
        "Ohms law can be used to find the current $$I_{s}=\\frac{E}{R_{T}}$$\nWhere E=EMF, i.e. The Supply Voltage\n\n"
        "ICP 5.1\n![[Pasted image 20260108030816.png]]\n1. Total Resistance\n2. Source Current ($I_s$)\n\n"
        "Total Resistance:\n$$\\begin{align*}\n6+2+3=11\\ \\Omega\n\\end{align*}$$\n"
        "Source Current ($I_{s}$)\n$$\\begin{align*}\nE&=I_{s}R\\\\\n20&=11I_{s}\\\\\nI_{s}&=\\frac{20}{11}\\ A\n\\end{align*}$$\n\n"
        "# Navier-Stokes\n\nThe momentum equation holds for every fluid.\n\nThe incompressible problem then becomes\n"
        "$$\\begin{cases}\n\\frac{\\partial u}{\\partial t} + u \\cdot \\nabla u = f\\\\\n\\nabla \\cdot u = 0\n\\end{cases}$$\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Ohms law can be used to find the current" in fronts
    assert "Total Resistance" not in fronts and not [front for front in fronts if front.startswith("Source Current")]
    assert "The incompressible problem then becomes" in fronts


def test_dividing_by_a_symbol_over_a_formula_is_a_step_of_the_working() -> None:
    note = (
        "# Capacitors In Series\n\nAssume $V_T$ across the series combination\n\n"
        "Since capacitive reactance is $X_{c}=\\frac{1}{\\omega C}$\n"
        "$$\n\\frac{1}{C_{T}}=\\frac{1}{C_{1}}+\\frac{1}{C_{2}}+\\dots+\\frac{1}{C_{N}}\n$$\n\n"
        "Dividing by $\\omega$\n"
        "$$\n\\frac{1}{\\omega C_{T}}=\\frac{1}{\\omega C_{1}}+\\frac{1}{\\omega C_{2}}+\\dots+\\frac{1}{\\omega C_{N}}\n$$\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if card.front.startswith("Dividing")]
    assert "step of a working" in _why(extraction)[10]


def test_a_heading_over_one_sentence_of_its_own_words_restates_it() -> None:
    note = (
        "# Magnetic Fields\n\n## Sources of Magnetic Fields\n\n### The Earth\n\nThe **earth** has a huge **magnetic field**\n\n"
        "### Permanent magnets\n\nA permanent magnet keeps its field because its domains stay aligned.\n"
    )
    extraction = _extract(note)
    fronts = [card.front for card in extraction.cards]
    assert "The Earth" not in fronts and "Permanent magnets" in fronts
    assert "restates the heading" in _why(extraction)[5]


def test_a_definition_lists_colon_under_a_heading_is_not_part_of_the_answer() -> None:
    note = "# Evaluation Metrics in networks\n\n### delay\n\n: source~destination seconds\n\n### loss\n\n: Packet Loss Rate (<-> Packet Delivery Rate)\n"
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["delay"] == "source~destination seconds"
    assert cards["loss"] == "Packet Loss Rate (<-> Packet Delivery Rate)"


def test_an_example_problems_working_under_its_own_heading_is_no_card() -> None:
    note = (
        "# Chapter 27 Notes\n\n## Magnetic Force on a Current-Carrying Conductor\n\n"
        "The force on a straight wire is $\\vec{F} = I\\vec{\\ell}\\times\\vec{B}$.\n\n"
        "#### Example Problem #1\n\n"
        "Let us denote the first straight segment as segment 1, and the semicircular segment as segment 2.\n\n"
        "For segment 1:\n$$\n\\vec{L} = -L\\hat{i}\\\\\n\\vec{F}_1 = I\\vec{L}\\times \\vec{B} = ILB\\hat{j}\n$$\n"
        "Adding segment 1 and 2 together gives:\n$$\n\\vec{F} = \\vec{F}_1+\\vec{F}_2= IB(L + 2R)\\hat{j}\n$$\n"
    )
    extraction = _extract(note)
    assert not [card for card in extraction.cards if "segment" in card.front]
    assert extraction.cards


def test_the_letter_i_of_a_current_is_not_the_author_speaking() -> None:
    note = (
        "# Magnetic Force on a Current-Carrying Conductor\n\n"
        "The current I flows through the **Hall probe** and the charges drift sideways.\n\n"
        "I should probably learn why but I'm cramming.\n"
    )
    why = _reasons(note)
    assert 3 not in why
    assert "own remark" in why[5]


def test_a_legend_under_where_goes_with_its_formula_not_a_card_a_symbol() -> None:
    note = (
        "# Magnetic Forces on Moving Charges\n\n"
        "The magnitude of the force is directly proportional to charge, field strength, and velocity of the charge:\n"
        "$$\nF = |q|v_{\\perp}B = |q|vB\\sin\\phi\n$$\nWhere:\n\n- $q = $ charge\n- $v = $ velocity\n- $B$ = field magnitude\n\n"
        "The force vector is given by:\n$$\n\\vec{F} = q\\vec{v}\\times\\vec{B}\n$$\nHere:\n\n"
        "- $\\vec{F} :=$  Magnetic force on a moving charged particle\n- $q:=$  Particle's charge\n"
    )
    cards = _extract(note).cards
    assert [card.front for card in cards] == [
        "The magnitude of the force is directly proportional to charge, field strength, and velocity of the charge",
        "The force vector is given by",
    ]
    assert "- $B$ = field magnitude" in cards[0].extra and "Particle's charge" in cards[1].extra


def test_a_participle_opening_the_sentence_is_no_part_of_the_name_hidden() -> None:
    note = (
        "# Chapter 27 Notes\n\n## Motion of Charged Particles in a Magnetic Field\n\n"
        "$$\n\\omega=\\frac{v}{R}=\\frac{|q|B}{m}\n$$\n"
        "Recalling SHM definitions, the rotational frequency is given by: $f=\\omega/2\\pi$. "
        "This is known as the *cyclotron frequency*.\n"
    )
    assert not [front for front in _clozes(note) if "{{c1::Recalling" in front]


def test_a_three_digit_count_is_kept_and_a_date_before_a_file_name_is_no_title(tmp_path: Path) -> None:
    note = "# Oil\n\n- 230 barrels per second\n  - on top of coal\n- more energy per pound\n"
    fronts = [card.front for card in _extract(note).cards]
    assert "230 barrels per second" in fronts and "barrels per second" not in fronts
    path = tmp_path / "20251123_Renal_physiology.md"
    path.write_text("Charge difference between anions and cations is called the anion gap.\n", encoding="utf-8")
    cards = extract(build_outline(read_note(path))).cards
    assert cards and all(card.context[0] == "Renal physiology" for card in cards)


def test_examples_after_like_without_a_verb_and_a_vague_complex_are_no_cloze() -> None:
    note = (
        "## Failed case : Healthcare.gov\n\n##### Initial complexity.\n\n"
        "The construction of healthcare.gov was overseen by Centers for Medicare and Medicaid Services (CMS). "
        "The primary contractor was CGI.\n\n"
        "The internal architecture of healthcare.gov is very complex. US residents who want to apply for an insurance "
        "needed a lot of personal information from different systems. Like their income and immigration status. "
        "The system needs to connect with all the different systems from the federal government. "
        "Like the Internal Revenue Service, Social Security Administration, the Peace Corps, etcetera.\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert fronts
    assert not [front for front in fronts if "Peace Corps" in front or "very complex" in front]


def test_a_number_in_what_we_would_do_or_you_should_see_is_the_walk_throughs_own() -> None:
    note = (
        "# Hash Tables\n\n## Resizing\n\nWhen the load factor passes a threshold, the table grows.\n\n"
        "We would resize the hash table to a length of 22.\n\n"
        "# Cluster Upgrade Process\n\nAfter the upgrade, you should see the master node running 1.12 while the worker nodes continue on 1.11.\n"
    )
    assert not [front for front in _clozes(note) if "22" in front or "1.12" in front]


def test_a_command_alone_in_backticks_under_its_task_is_asked_like_a_code_block() -> None:
    note = (
        "# Taints and tolerations\n\nTaints are set on nodes, tolerations on pods.\n\n"
        "To add taints:\n\n`kubectl taint node worker gpu=true:NoSchedule`\n\n"
        "To remove a taint, append a dash to the same command.\n"
    )
    cards = {card.front: card.back for card in _extract(note).cards}
    assert cards["To add taints"] == "```\nkubectl taint node worker gpu=true:NoSchedule\n```"


def test_a_meaning_trailing_off_in_two_commas_is_unfinished() -> None:
    note = "# Malignant edema\n\n원인체 : 더 엄밀히는,,\n\n원인 - Exogenous 감염에 의해서 유발됨\n"
    extraction = _extract(note)
    assert "원인체" not in [card.front for card in extraction.cards]
    assert "unfinished" in _why(extraction)[3]


def test_a_heading_over_a_practice_text_or_sentences_is_no_card() -> None:
    note = (
        "# Lesson 4\n\n## Ruediger, 6:30-7:30\n\n### Monologue\n\n"
        "Ich ersetze den Müllsack. Ich gehe die Treppe hoch. Ich gehe vor mein Haus.\n\n"
        "### Vocabulary\n\n- der Müllsack - rubbish bag\n- die Treppe - stairs\n- das Haus - house\n"
    )
    fronts = [card.front for card in _extract(note).cards]
    assert "Monologue" not in fronts and fronts


def test_a_case_study_heading_misspelt_names_its_case_not_a_term() -> None:
    note = (
        "# E.3 Tourism and sport at the international scale\n\n"
        "## Cast study: London 2012 Olympic Games\n\n\n\n"
        "*   They were held in London, and considered a great success\n"
        "    *   Created **12000** new jobs\n"
        "    *   **£17 B** spend on upgrading infrastructure\n"
    )
    cards = _extract(note).cards
    assert cards and not [card for card in cards if card.front.startswith("Cast study")]
    assert all(card.context[-1] == "London 2012 Olympic Games" for card in cards)


def test_a_lead_whose_verb_left_its_subject_out_asks_nothing_alone() -> None:
    note = (
        "# Distribuzione normale ( Gaussiana )\n\n"
        "La *distribuzione normale stadard* è :\n$$X\\sim N(0,1)$$\n"
        "Avrà come funzione di ripartizione :\n$$f(x)=c\\cdot e^{-\\frac{x^2}{2}}$$\n"
    )
    assert not [card for card in _extract(note).cards if card.front.startswith("Avrà")]


def test_a_colour_alone_as_a_term_is_a_figures_legend() -> None:
    note = (
        "# BA\n\n## brodmann area 9 and brodmann area 46\n\n![[brodmann.png]]\n\n"
        "- White: Prefrontal Cortex\n- green: center of Dorsolateral Prefrontal Cortex\n"
        "- pink/purple: channels used by the workload study\n\n"
        "## Colours\n\n- white - blanco\n- green - verde\n- black - negro\n- red - rojo\n- blue - azul\n"
    )
    extraction = _extract(note)
    cards = {card.front: card.back for card in extraction.cards}
    assert not [back for back in cards.values() if "Cortex" in back or "workload" in back]
    assert "colour of a picture's legend" in _why(extraction)[7]
    assert cards["white"] == "blanco"
