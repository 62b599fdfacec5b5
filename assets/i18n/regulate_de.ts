<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <source>up and down</source>
        <translation>nach oben und unten</translation>
    </message>
    <message>
        <source>sideways</source>
        <translation>zur Seite</translation>
    </message>
    <message>
        <source>Scroll {what} {direction}</source>
        <translation>Scrollen durch {what}, {direction}</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About Regulate</source>
        <translation>Über Regulate</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Regulate is a practice tool for calming down and coming back into your window of tolerance. It is not a medical device and not a substitute for care from a professional. It does not diagnose anything, and it is not a crisis service: nobody sees what you write here.</source>
        <translation>Regulate ist ein Übungswerkzeug, um zur Ruhe zu kommen und zurück in dein Toleranzfenster zu finden. Es ist kein Medizinprodukt und ersetzt keine Hilfe von Fachleuten. Es stellt keine Diagnosen und ist kein Krisendienst: Niemand sieht, was du hier schreibst.</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, in {folder}. Regulate never uses the network.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer, in {folder}. Regulate nutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>about Regulate</source>
        <translation>über Regulate</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe finden</translation>
    </message>
    <message>
        <source>People you can reach now, and your own safety plan</source>
        <translation>Menschen, die du jetzt erreichen kannst, und dein eigener Plan für schwere Zeiten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>Breathing</name>
    <message numerus="yes">
        <source>%n breaths</source>
        <extracomment>For bench/tones.py: a file to which each phase change is appended as &quot;&lt;clock time&gt; &lt;kind&gt;&quot;, so the tones are measured against the animation&apos;s own phase times. What the length drop-down offers, in minutes (None: no set end).</extracomment>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold gently</source>
        <translation>Sanft halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <extracomment>The person asked to leave the screen (home). The person chose how long to breathe with this pattern: (pattern id, Length). G started a glide (presenter mode shows where to, and how long). A run ended: (Finished). Emitted once, when the person has answered or moved on. The person switched the still (reduced-motion) view on or off. After a hard rating: Get help, or something other than breathing. The heart-rate curve, once a heart source is attached (``attach_heart``). The beats of the run just handed on with ``finished`` (read while it is emitted). Say each phase to a screen reader: True or False as the person chose in settings, None (not chosen) whenever a screen reader is listening. Where G glides to (None: a little slower than now) and over how long. When set, G glides this many breaths a minute slower than the pace right now. The glide G started: (target, elapsed seconds when it arrives). Shown to someone else&apos;s client (presenter mode): plain end words, no &quot;you&quot;. The length the person chose last for each pattern (by id); the app fills it from settings and keeps ``length_chosen`` there.</extracomment>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>How intense is it right now? 0 is calm, 10 is the most. You can skip this.</source>
        <extracomment>The before-rating; never built when the screen is told not to ask.</extracomment>
        <translation>Wie stark ist es gerade? 0 ist ruhig, 10 ist am stärksten. Du kannst das auch überspringen.</translation>
    </message>
    <message>
        <source>How intense is it right now?</source>
        <translation>Wie stark ist es gerade?</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Atemphase</translation>
    </message>
    <message>
        <source>Seconds left in this phase</source>
        <translation>Sekunden, die in dieser Phase noch bleiben</translation>
    </message>
    <message>
        <source>How full the breath is</source>
        <translation>Wie voll der Atem ist</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Quicker</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Wie lange atmen</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More ways to breathe</source>
        <translation>Weitere Arten zu atmen</translation>
    </message>
    <message>
        <source>Still view, no movement</source>
        <translation>Ruhige Ansicht, ohne Bewegung</translation>
    </message>
    <message>
        <source>Follow me: I lead, the shape follows</source>
        <translation>Folge mir: Ich führe, die Form folgt</translation>
    </message>
    <message>
        <source>Eyes closed: tones only</source>
        <translation>Augen zu: nur Töne</translation>
    </message>
    <message>
        <source>Your own pattern…</source>
        <translation>Eigenes Atemmuster …</translation>
    </message>
    <message>
        <source>Guide me from here</source>
        <extracomment>Where the person&apos;s own patterns are kept (the app sets it; none: no editor).</extracomment>
        <translation>Ab hier führen lassen</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Noch eine Runde</translation>
    </message>
    <message>
        <source>the breathing screen</source>
        <translation>den Atembildschirm</translation>
    </message>
    <message>
        <source>Last breath</source>
        <translation>Letzter Atemzug</translation>
    </message>
    <message>
        <source>Shortcut: {key}</source>
        <translation>Tastenkürzel: {key}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>No set end</source>
        <translation>Ohne festes Ende</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Press Space to go on</source>
        <translation>Drück die Leertaste, um weiterzumachen</translation>
    </message>
    <message>
        <source>No sound output was found</source>
        <translation>Keine Tonausgabe gefunden</translation>
    </message>
    <message>
        <source>Follow me</source>
        <translation>Folge mir</translation>
    </message>
    <message>
        <source>Breathe however feels right. Hold Space, or the mouse button on the shape, while you breathe in, and let go as you breathe out. The shape follows you.</source>
        <translation>Atme so, wie es sich für dich richtig anfühlt. Halte beim Einatmen die Leertaste gedrückt, oder die Maustaste auf der Form. Lass beim Ausatmen los. Die Form folgt dir.</translation>
    </message>
    <message>
        <source>Hold Space as you breathe in</source>
        <translation>Halte beim Einatmen die Leertaste gedrückt</translation>
    </message>
    <message>
        <source>Your pace shows here after two breaths</source>
        <translation>Nach zwei Atemzügen siehst du hier dein Tempo</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Du atmest ein</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Du atmest aus</translation>
    </message>
    <message>
        <source>Your pace: {bpm} breaths a minute</source>
        <translation>Dein Tempo: {bpm} Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>The breathing exercise has ended.</source>
        <translation>Die Atemübung ist zu Ende.</translation>
    </message>
    <message>
        <source>That was {span} of slow breathing.</source>
        <translation>Du hast {span} lang langsam geatmet.</translation>
    </message>
    <message>
        <source>You stopped after {span}. That&apos;s fine.</source>
        <translation>Du hast {span} lang geübt und dann aufgehört. Das ist in Ordnung.</translation>
    </message>
    <message>
        <source>You can close your eyes. A bright tone means breathe in, a light one hold, a low one breathe out, a deep one rest. Space pauses, E brings the picture back, Esc stops.</source>
        <translation>Du kannst die Augen schließen. Ein heller Ton heißt einatmen, ein leichter halten, ein tiefer ausatmen, ein sehr tiefer ruhen. Die Leertaste pausiert, E holt das Bild zurück, Esc beendet.</translation>
    </message>
    <message>
        <source>No sound output was found, so tones can&apos;t guide you right now. Press E to bring the picture back.</source>
        <translation>Keine Tonausgabe gefunden. Die Töne können dich gerade nicht führen. Drück E, dann kommt das Bild zurück.</translation>
    </message>
    <message>
        <source>Breathing shape, growing as you breathe in</source>
        <extracomment>The edge moves in steps of about a pixel: smooth to the eye, and half the repaints of chasing every fraction of a pixel. The mouse button went down / up on the shape (used by &quot;follow me&quot;).</extracomment>
        <translation>Atemform, die beim Einatmen wächst</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Chart of your check-ins over time</source>
        <extracomment>The latest part of the journal only (``Series.whole``), until ``set_series``.</extracomment>
        <translation>Verlauf deiner Check-ins</translation>
    </message>
    <message>
        <source>The chart&apos;s drawing area</source>
        <translation>Die Zeichenfläche des Verlaufs</translation>
    </message>
    <message>
        <source>activation 0 to 10</source>
        <translation>Aktivierung 0 bis 10</translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n check-ins</source>
        <translation>
            <numerusform>{period}: %n Check-in</numerusform>
            <numerusform>{period}: %n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>distress fell after {fell} of %n rated sessions</source>
        <translation>
            <numerusform>die Belastung sank nach {fell} von %n bewerteten Übung</numerusform>
            <numerusform>die Belastung sank nach {fell} von %n bewerteten Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>activation {low:g} to {high:g}, on average {mean}</source>
        <translation>Aktivierung {low:g} bis {high:g}, im Schnitt {mean}</translation>
    </message>
    <message>
        <source>distress {s}</source>
        <translation>Belastung {s}</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Mood</source>
        <extracomment>The period the view opened on; while it is still shown, ``complete`` may choose.</extracomment>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Nothing here yet. Your check-ins will show up here over the days and weeks.</source>
        <translation>Hier ist noch nichts. Deine Check-ins erscheinen hier nach und nach, über die Tage und Wochen.</translation>
    </message>
    <message>
        <source>The week from {day}</source>
        <extracomment>Nominal lengths, for the style switch and the bench; the views themselves are calendar periods (a week from the locale&apos;s first day, a calendar month, a calendar year, everything).</extracomment>
        <translation>Die Woche ab {day}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Der gewählte Tag</translation>
    </message>
    <message>
        <source>{period}: no check-ins.</source>
        <translation>{period}: keine Check-ins.</translation>
    </message>
    <message>
        <source>{within} within your window, {above} above, {below} below</source>
        <translation>{within} in deinem Fenster, {above} darüber, {below} darunter</translation>
    </message>
    <message>
        <source>mood on average {mood}</source>
        <translation>Stimmung im Schnitt {mood}</translation>
    </message>
    <message>
        <source>one check-in</source>
        <translation>ein Check-in</translation>
    </message>
    <message>
        <source>activation {a:g}</source>
        <translation>Aktivierung {a:g}</translation>
    </message>
    <message>
        <source>mood {mood}</source>
        <translation>Stimmung {mood}</translation>
    </message>
    <message>
        <source>Activation {a} ({zone}, window {low} to {high})</source>
        <translation>Aktivierung {a} ({zone}, Fenster {low} bis {high})</translation>
    </message>
    <message>
        <source>Distress {s}</source>
        <translation>Belastung {s}</translation>
    </message>
    <message>
        <source>Mood: {m}</source>
        <translation>Stimmung: {m}</translation>
    </message>
    <message>
        <source>the table of days</source>
        <translation>die Tabelle der Tage</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Against your window</source>
        <translation>Verglichen mit deinem Fenster</translation>
    </message>
    <message>
        <source>{within} within, {above} above, {below} below</source>
        <translation>{within} darin, {above} darüber, {below} darunter</translation>
    </message>
    <message>
        <source>change in distress</source>
        <translation>Änderung der Belastung</translation>
    </message>
    <message>
        <source>There are not enough rated sessions yet to say what helps you most; each line gets shorter as you rate more.</source>
        <translation>Es gibt noch zu wenige bewertete Übungen, um zu sagen, was dir am meisten hilft; jede Linie wird kürzer, je mehr du bewertest.</translation>
    </message>
    <message>
        <source>What helps me as a picture</source>
        <translation>Was mir hilft, als Bild</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>die Tabelle</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Was mir hilft</translation>
    </message>
    <message>
        <source>Pattern or exercise</source>
        <translation>Atemmuster oder Übung</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Show the period before</source>
        <translation>Den Zeitraum davor zeigen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Show the period after</source>
        <translation>Den Zeitraum danach zeigen</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>Was diese Ansicht zeigt</translation>
    </message>
    <message numerus="yes">
        <source>{title} has helped you most reliably so far: your distress fell by {drop} on average over %n rated sessions.</source>
        <translation>
            <numerusform>{title} hat dir bisher am verlässlichsten geholfen: Deine Belastung sank im Schnitt um {drop}, über %n bewertete Übung.</numerusform>
            <numerusform>{title} hat dir bisher am verlässlichsten geholfen: Deine Belastung sank im Schnitt um {drop}, über %n bewertete Übungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Usual starting level</source>
        <translation>Übliche Ausgangsstärke</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>When you rate how intense things are before and after an exercise, you will see here which ones help you most.</source>
        <translation>Wenn du vor und nach einer Übung angibst, wie stark es ist, siehst du hier, was dir am meisten hilft.</translation>
    </message>
    <message>
        <source>{c} (one rated session: no range yet)</source>
        <translation>{c} (eine bewertete Übung: noch kein Bereich)</translation>
    </message>
    <message numerus="yes">
        <source>{c} ({low} to {high}), %n rated</source>
        <translation>
            <numerusform>{c} ({low} bis {high}), %n bewertet</numerusform>
            <numerusform>{c} ({low} bis {high}), %n bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your %n check-ins, {below} % were below your window, {within} % within it and {above} % above it (shares of check-ins, not of time).</source>
        <translation>
            <numerusform>Von deinem %n Check-in lagen {below} % unter deinem Fenster, {within} % darin und {above} % darüber (Anteile der Check-ins, nicht der Zeit).</numerusform>
            <numerusform>Von deinen %n Check-ins lagen {below} % unter deinem Fenster, {within} % darin und {above} % darüber (Anteile der Check-ins, nicht der Zeit).</numerusform>
        </translation>
    </message>
    <message>
        <source>A year at a glance</source>
        <translation>Ein Jahr auf einen Blick</translation>
    </message>
    <message>
        <source>{year}: no check-ins.</source>
        <translation>{year}: keine Check-ins.</translation>
    </message>
    <message>
        <source>{day}: no check-ins.</source>
        <translation>{day}: keine Check-ins.</translation>
    </message>
    <message>
        <source>Colour by mood</source>
        <translation>Nach Stimmung färben</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>Jahr davor</translation>
    </message>
    <message>
        <source>Year after</source>
        <translation>Jahr danach</translation>
    </message>
    <message>
        <source>Energy against mood</source>
        <translation>Energie und Stimmung</translation>
    </message>
    <message>
        <source>{period}: no check-ins with both activation and mood.</source>
        <translation>{period}: keine Check-ins mit Aktivierung und Stimmung.</translation>
    </message>
    <message numerus="yes">
        <source>{year}: check-ins on %n days; mood on average {mood}.</source>
        <translation>
            <numerusform>{year}: Check-ins an %n Tag; Stimmung im Schnitt {mood}.</numerusform>
            <numerusform>{year}: Check-ins an %n Tagen; Stimmung im Schnitt {mood}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows move from day to day; Home and End go to the first and last day shown.</source>
        <translation>Mit den Pfeiltasten links und rechts gehst du von Tag zu Tag; Pos1 und Ende führen zum ersten und letzten gezeigten Tag.</translation>
    </message>
    <message>
        <source>{low:g} to {high:g} ({mean})</source>
        <translation>{low:g} bis {high:g} ({mean})</translation>
    </message>
    <message>
        <source>The likely range is a 95 % interval: going by your ratings so far, the real change in distress lies within it with 95 % confidence. It narrows as you rate more sessions.</source>
        <translation>Der wahrscheinliche Bereich ist ein 95-%-Intervall: Nach deinen bisherigen Bewertungen liegt die tatsächliche Änderung der Belastung mit 95 % Sicherheit darin. Er wird schmaler, je mehr Übungen du bewertest.</translation>
    </message>
    <message>
        <source>Each line is the likely range: where the real change most probably lies, going by your ratings so far. It gets shorter as you rate more sessions.</source>
        <translation>Jede Linie ist der wahrscheinliche Bereich: Dort liegt die tatsächliche Änderung nach deinen bisherigen Bewertungen sehr wahrscheinlich. Sie wird kürzer, je mehr Übungen du bewertest.</translation>
    </message>
    <message>
        <source>Change in distress (likely range)</source>
        <translation>Änderung der Belastung (wahrscheinlicher Bereich)</translation>
    </message>
    <message>
        <source>Left and right arrows move a day, up and down a month; Page Up and Page Down change the year.</source>
        <translation>Die Pfeiltasten links und rechts gehen einen Tag weiter, oben und unten einen Monat; Bild auf und Bild ab wechseln das Jahr.</translation>
    </message>
    <message numerus="yes">
        <source>{year}: check-ins on %n days; mostly within your window on {within}, above on {above}, below on {below}.</source>
        <translation>
            <numerusform>{year}: Check-ins an %n Tag; meist in deinem Fenster an {within}, darüber an {above}, darunter an {below}.</numerusform>
            <numerusform>{year}: Check-ins an %n Tagen; meist in deinem Fenster an {within}, darüber an {above}, darunter an {below}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each square is a day: green mostly within your window, orange above it, blue below it; by mood, purple for hard days to green for good ones. Rest the mouse on a day to see it; click it, or use the arrow keys, to choose it.</source>
        <translation>Jedes Quadrat ist ein Tag: grün meist in deinem Fenster, orange darüber, blau darunter; nach Stimmung violett für schwere bis grün für gute Tage. Lass die Maus auf einem Tag ruhen, um ihn zu sehen; klicke ihn an oder nimm die Pfeiltasten, um ihn zu wählen.</translation>
    </message>
    <message>
        <source>The arrow keys move from cell to cell: left and right for activation, up and down for mood.</source>
        <translation>Die Pfeiltasten gehen von Feld zu Feld: links und rechts für die Aktivierung, oben und unten für die Stimmung.</translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n check-ins with both activation and mood; most often activation {a} with mood {mood} ({count}).</source>
        <translation>
            <numerusform>{period}: %n Check-in mit Aktivierung und Stimmung; am häufigsten Aktivierung {a} mit Stimmung {mood} ({count}).</numerusform>
            <numerusform>{period}: %n Check-ins mit Aktivierung und Stimmung; am häufigsten Aktivierung {a} mit Stimmung {mood} ({count}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activation {a}, mood {mood}: %n check-ins.</source>
        <translation>
            <numerusform>Aktivierung {a}, Stimmung {mood}: %n Check-in.</numerusform>
            <numerusform>Aktivierung {a}, Stimmung {mood}: %n Check-ins.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen cell</source>
        <translation>Das gewählte Feld</translation>
    </message>
    <message>
        <source>Across: how activated you felt (0 shut down, 10 overwhelmed); up: your mood. The shaded columns are your window. The period is the one chosen on the chart.</source>
        <translation>Nach rechts: wie aktiviert du dich gefühlt hast (0 abgeschaltet, 10 überwältigt); nach oben: deine Stimmung. Die schattierten Spalten sind dein Fenster. Der Zeitraum ist der im Diagramm gewählte.</translation>
    </message>
    <message>
        <source>Your days</source>
        <translation>Deine Tage</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show {span}</source>
        <translation>{span} zeigen</translation>
    </message>
    <message>
        <source>As a table</source>
        <translation>Als Tabelle</translation>
    </message>
    <message>
        <source>Save as picture</source>
        <translation>Als Bild speichern</translation>
    </message>
    <message>
        <source>Chart and what helps me</source>
        <translation>Verlauf und was mir hilft</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Year at a glance</source>
        <translation>Jahr auf einen Blick</translation>
    </message>
    <message>
        <source>Energy and mood</source>
        <translation>Energie und Stimmung</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Save my data…</source>
        <translation>Meine Daten speichern…</translation>
    </message>
    <message>
        <source>PDF summary…</source>
        <translation>PDF-Zusammenfassung…</translation>
    </message>
    <message>
        <source>your days</source>
        <translation>deine Tage</translation>
    </message>
    <message>
        <source>Still reading your earlier days…</source>
        <translation>Deine früheren Tage werden noch gelesen…</translation>
    </message>
    <message>
        <source>your window</source>
        <extracomment>A latest month with fewer days with check-ins than this has &quot;only a few&quot;.</extracomment>
        <translation>dein Fenster</translation>
    </message>
    <message>
        <source>the day&apos;s range</source>
        <translation>die Spanne des Tages</translation>
    </message>
    <message>
        <source>the day&apos;s average activation</source>
        <translation>die mittlere Aktivierung des Tages</translation>
    </message>
    <message>
        <source>the day&apos;s mood</source>
        <translation>die Stimmung des Tages</translation>
    </message>
    <message>
        <source>distress</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>a breathing or grounding session</source>
        <translation>eine Atem- oder Erdungsübung</translation>
    </message>
    <message>
        <source>Legend: {items}</source>
        <translation>Legende: {items}</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Den Verlauf als Bild speichern</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>How are you right now?</source>
        <translation>Wie geht es dir gerade?</translation>
    </message>
    <message>
        <source>Place the marker where you are, then save. Everything on the right is optional.</source>
        <translation>Setz die Markierung dorthin, wo du gerade bist, und speichere. Alles rechts ist freiwillig.</translation>
    </message>
    <message>
        <source>Distress, 0 calm to 10 the most</source>
        <translation>Belastung, 0 ruhig bis 10 am stärksten</translation>
    </message>
    <message>
        <source>Distress {n} out of 10</source>
        <translation>Belastung {n} von 10</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>awful</source>
        <translation>furchtbar</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>meh</source>
        <translation>geht so</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>great</source>
        <translation>super</translation>
    </message>
    <message>
        <source>Mood: {word}</source>
        <translation>Stimmung: {word}</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>In your body</source>
        <translation>In deinem Körper</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Eine Notiz</translation>
    </message>
    <message>
        <source>Anything you want to remember</source>
        <translation>Alles, was du dir merken möchtest</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>work, family, sleep (commas between)</source>
        <translation>Arbeit, Familie, Schlaf (mit Kommas dazwischen)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Stichwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+S</source>
        <translation>Tastenkürzel: Strg+S</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>I&apos;m not safe right now</source>
        <translation>Ich bin gerade nicht in Sicherheit</translation>
    </message>
    <message>
        <source>Opens Get help at once: people you can reach now.</source>
        <translation>Öffnet sofort „Hilfe finden“: Menschen, die du jetzt erreichen kannst.</translation>
    </message>
    <message>
        <source>the check-in</source>
        <translation>das Einchecken</translation>
    </message>
    <message>
        <source>These may help now:</source>
        <translation>Das könnte dir jetzt helfen:</translation>
    </message>
    <message>
        <source>That sounds really hard. If it feels like too much to carry alone right now, there are people you can reach.</source>
        <translation>Das klingt wirklich schwer. Wenn es sich gerade zu viel anfühlt, um es allein zu tragen: Es gibt Menschen, die du erreichen kannst.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe finden</translation>
    </message>
    <message>
        <source>Check in again</source>
        <translation>Noch einmal einchecken</translation>
    </message>
    <message>
        <source>what might help</source>
        <translation>was helfen könnte</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation>Gespeichert. Danke fürs Einchecken.</translation>
    </message>
    <message>
        <source>Start: {title}</source>
        <translation>Starten: {title}</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>{title} starten</translation>
    </message>
    <message>
        <source>Place the marker first: use the Up and Down keys, or click the ladder.</source>
        <translation>Setz zuerst die Markierung: mit den Pfeiltasten nach oben und unten oder mit einem Klick auf die Leiter.</translation>
    </message>
    <message>
        <source>This check-in could not be saved: {why}</source>
        <translation>Dieser Check-in konnte nicht gespeichert werden: {why}</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <source>Place your moods</source>
        <translation>Deine Stimmungen einordnen</translation>
    </message>
    <message>
        <source>Your Daylio export uses some mood names of your own. Where does each one sit on Regulate&apos;s scale from awful to great?</source>
        <translation>Dein Daylio-Export enthält eigene Namen für Stimmungen. Wo liegt jede davon auf der Skala von Regulate, von furchtbar bis super?</translation>
    </message>
    <message>
        <source>Place for {label}</source>
        <translation>Platz für {label}</translation>
    </message>
    <message>
        <source>Import a Regulate or Daylio export</source>
        <translation>Einen Export aus Regulate oder Daylio importieren</translation>
    </message>
    <message>
        <source>Exports (*.json *.csv);;All files (*)</source>
        <translation>Exporte (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Save all your data</source>
        <translation>Alle deine Daten speichern</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON (*.json);;CSV für Tabellenprogramme (*.csv)</translation>
    </message>
    <message>
        <source>Could not save {path}: {why}</source>
        <translation>{path} ließ sich nicht speichern: {why}</translation>
    </message>
    <message numerus="yes">
        <source>{label} (%n entries)</source>
        <translation>
            <numerusform>{label} (%n Eintrag)</numerusform>
            <numerusform>{label} (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {checkins} and {sessions}; {skipped}.</source>
        <translation>Importiert: {checkins} und {sessions}; {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your journal</source>
        <translation>
            <numerusform>%n Eintrag war schon in deinem Tagebuch</numerusform>
            <numerusform>%n Einträge waren schon in deinem Tagebuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from the entry with the same id in your journal; your journal&apos;s version was kept.</source>
        <translation>
            <numerusform>%n davon unterscheidet sich vom Eintrag mit derselben Kennung in deinem Tagebuch; die Fassung in deinem Tagebuch bleibt.</numerusform>
            <numerusform>%n davon unterscheiden sich vom Eintrag mit derselben Kennung in deinem Tagebuch; die Fassung in deinem Tagebuch bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Nicht importiert: {why}</translation>
    </message>
    <message>
        <source>Importing {name}...</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Saved {checkins} and {sessions} to {path}.</source>
        <translation>{checkins} und {sessions} in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saving your data...</source>
        <translation>Deine Daten werden gespeichert …</translation>
    </message>
    <message>
        <source>Save a summary for your therapist</source>
        <translation>Eine Zusammenfassung für deine Therapie speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Deine Notizen</translation>
    </message>
    <message>
        <source>Include your notes in the summary? They are left out unless you say yes.</source>
        <translation>Sollen deine Notizen mit in die Zusammenfassung? Sie bleiben draußen, außer du sagst Ja.</translation>
    </message>
    <message>
        <source>Which days</source>
        <translation>Welche Tage</translation>
    </message>
    <message>
        <source>Which days should the summary cover?</source>
        <translation>Welche Tage soll die Zusammenfassung umfassen?</translation>
    </message>
    <message>
        <source>Saved your summary to {path}.</source>
        <translation>Deine Zusammenfassung ist in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Writing your summary...</source>
        <translation>Deine Zusammenfassung wird geschrieben …</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <source>under a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>etwa eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>How intense is it now? 0 is calm, 10 is the most. You can skip this.</source>
        <extracomment>After a hard rating: the person asked for Get help, or for something different. From this rating on (or any rise in distress) help and a different way are offered. The after-rating; never built when the screen is told not to ask (presenter mode).</extracomment>
        <translation>Wie stark ist es jetzt? 0 ist ruhig, 10 ist am stärksten. Du kannst das auch überspringen.</translation>
    </message>
    <message>
        <source>How intense is it now?</source>
        <translation>Wie stark ist es jetzt?</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>That sounds hard. It is all right that this did not help right now. You could reach out to someone, or try something different.</source>
        <translation>Das klingt schwer. Es ist in Ordnung, dass das gerade nicht geholfen hat. Du könntest dich an jemanden wenden oder etwas anderes ausprobieren.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe finden</translation>
    </message>
    <message>
        <source>People you can call or write to, now or later</source>
        <translation>Menschen, die du anrufen oder denen du schreiben kannst, jetzt oder später</translation>
    </message>
    <message>
        <source>Try something different</source>
        <translation>Etwas anderes ausprobieren</translation>
    </message>
    <message>
        <source>Choose another way to settle</source>
        <translation>Einen anderen Weg wählen, um zur Ruhe zu kommen</translation>
    </message>
    <message>
        <source>Noted: {value} out of 10.</source>
        <translation>Notiert: {value} von 10.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Regulate</source>
        <translation>Willkommen bei Regulate</translation>
    </message>
    <message>
        <source>Your window of tolerance is the range in which you can think and feel at the same time; above it things feel like too much, below it you may feel numb. Most people start with 3 to 7 on a scale of 0 to 10, and you can change it later.</source>
        <translation>Dein Toleranzfenster ist der Bereich, in dem du gleichzeitig denken und fühlen kannst. Darüber wird alles zu viel. Darunter fühlst du dich vielleicht taub. Die meisten fangen mit 3 bis 7 auf einer Skala von 0 bis 10 an. Du kannst das später ändern.</translation>
    </message>
    <message>
        <source>Where are you? Get help then shows the right numbers.</source>
        <translation>Wo bist du? Dann zeigt „Hilfe finden“ die richtigen Nummern.</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Möchte ich nicht sagen</translation>
    </message>
    <message>
        <source>Your country, for crisis numbers</source>
        <translation>Dein Land, für die Krisennummern</translation>
    </message>
    <message>
        <source>Keep these</source>
        <translation>So übernehmen</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Erst mal überspringen</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>Grounding</name>
    <message>
        <source>Come back to the here and now</source>
        <translation>Komm zurück ins Hier und Jetzt</translation>
    </message>
    <message>
        <source>Pick one that fits how you feel. You can stop any time with Esc.</source>
        <translation>Wähl eine Übung, die zu deinem Gefühl passt. Mit Esc kannst du jederzeit aufhören.</translation>
    </message>
    <message>
        <source>When it&apos;s all too much</source>
        <translation>Wenn alles zu viel ist</translation>
    </message>
    <message>
        <source>When you feel numb or far away</source>
        <translation>Wenn du dich taub oder weit weg fühlst</translation>
    </message>
    <message>
        <source>Some of your own exercise files could not be used and were skipped: {names}</source>
        <translation>Einige deiner eigenen Übungsdateien ließen sich nicht verwenden und wurden übersprungen: {names}</translation>
    </message>
    <message>
        <source>the exercises</source>
        <translation>die Übungen</translation>
    </message>
    <message>
        <source>Noticed {n}</source>
        <translation>Punkt {n} bemerkt</translation>
    </message>
    <message>
        <source>Something I notice</source>
        <translation>Etwas, das ich bemerke</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Deine Worte</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>Presenter mode shows the prompt alone: no boxes to type into.</extracomment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress through the steps</source>
        <translation>Fortschritt durch die Schritte</translation>
    </message>
    <message>
        <source>How intense is it right now? 0 is calm, 10 is the most. You can skip this.</source>
        <extracomment>The before-rating; never built when the screen is told not to ask.</extracomment>
        <translation>Wie stark ist es gerade? 0 ist ruhig, 10 ist am stärksten. Du kannst das auch überspringen.</translation>
    </message>
    <message>
        <source>How intense is it right now?</source>
        <translation>Wie stark ist es gerade?</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Zeit, die in diesem Schritt noch bleibt</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <source>Shortcut: P</source>
        <translation>Tastenkürzel: P</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Shortcut: {key}</source>
        <translation>Tastenkürzel: {key}</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>dieser Schritt</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Done. Go on when you&apos;re ready.</source>
        <translation>Geschafft. Mach weiter, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Choose another</source>
        <extracomment>After a hard rating: the person asked for Get help.</extracomment>
        <translation>Eine andere wählen</translation>
    </message>
    <message>
        <source>You took {span} to come back to the present.</source>
        <translation>Du hast dir {span} Zeit genommen, um im Hier und Jetzt anzukommen.</translation>
    </message>
    <message>
        <source>You stopped after {span}. That&apos;s fine.</source>
        <translation>Du hast {span} lang geübt und dann aufgehört. Das ist in Ordnung.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>when things feel like too much (on edge, panicky)</source>
        <translation>wenn alles zu viel ist (angespannt, panisch)</translation>
    </message>
    <message>
        <source>when you feel numb, foggy or far away</source>
        <translation>wenn du dich taub, benebelt oder weit weg fühlst</translation>
    </message>
    <message>
        <source>as everyday practice while you feel settled</source>
        <translation>als Übung im Alltag, wenn du dich ruhig fühlst</translation>
    </message>
    <message>
        <source>whenever it feels right to you</source>
        <translation>wann immer es sich für dich richtig anfühlt</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>ruhen</translation>
    </message>
    <message numerus="yes">
        <source>About %n breaths at a time.</source>
        <translation>
            <numerusform>Etwa %n Atemzug am Stück.</numerusform>
            <numerusform>Etwa %n Atemzüge am Stück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes at a time.</source>
        <translation>
            <numerusform>Etwa %n Minute am Stück.</numerusform>
            <numerusform>Etwa %n Minuten am Stück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n seconds)</source>
        <translation>
            <numerusform>(etwa %n Sekunde)</numerusform>
            <numerusform>(etwa %n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>That is about {bpm} breaths a minute.</source>
        <translation>Das sind etwa {bpm} Atemzüge pro Minute.</translation>
    </message>
    <message>
        <source>Follow the timing above, gently. Slower, not bigger: small, soft breaths.</source>
        <translation>Folge sanft dem Takt oben. Langsamer, nicht tiefer: kleine, weiche Atemzüge.</translation>
    </message>
    <message>
        <source>Stop whenever you like, and breathe normally for a while.</source>
        <translation>Hör auf, wann immer du möchtest, und atme eine Weile ganz normal.</translation>
    </message>
    <message>
        <source>When it can help</source>
        <translation>Wann es helfen kann</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Achte auf dich</translation>
    </message>
    <message>
        <source>This sheet is a practice aid from Regulate {version}, to use alongside care. It is not treatment and not a medical device. If you are in danger, contact your local emergency number.</source>
        <translation>Dieses Blatt ist eine Übungshilfe aus Regulate {version}. Es ergänzt die Hilfe von Fachleuten. Es ist keine Behandlung und kein Medizinprodukt. Wenn du in Gefahr bist, ruf den Notruf an.</translation>
    </message>
    <message>
        <source>One breath</source>
        <translation>Ein Atemzug</translation>
    </message>
    <message>
        <source>Sit or lie down comfortably.</source>
        <translation>Setz oder leg dich bequem hin.</translation>
    </message>
</context>
<context>
    <name>HeartSource</name>
    <message>
        <source>The heart-rate strap lost its connection for a moment.</source>
        <extracomment>How often a replay looks at its clock, in ms (beats fall between looks; none is lost). After a dropout, try the strap again this often (ms).</extracomment>
        <translation>Der Brustgurt hat kurz die Verbindung verloren.</translation>
    </message>
    <message>
        <source>Recorded heartbeats</source>
        <translation>Aufgezeichnete Herzschläge</translation>
    </message>
    <message>
        <source>This recording holds no heartbeats to play.</source>
        <translation>In dieser Aufnahme sind keine Herzschläge zum Abspielen.</translation>
    </message>
    <message>
        <source>This computer has no Bluetooth we can use, so no strap can connect. Everything else in Regulate works as always.</source>
        <translation>Dieser Computer hat kein Bluetooth, das wir nutzen können, deshalb kann sich kein Gurt verbinden. Alles andere in Regulate funktioniert wie immer.</translation>
    </message>
    <message>
        <source>Bluetooth is switched off. Switch it on, and the strap can connect.</source>
        <translation>Bluetooth ist ausgeschaltet. Schalte es ein, dann kann sich der Gurt verbinden.</translation>
    </message>
    <message>
        <source>Regulate is not allowed to use Bluetooth here. On Linux, being in the &apos;bluetooth&apos; group usually allows it.</source>
        <translation>Regulate darf Bluetooth hier nicht nutzen. Unter Linux hilft meist die Mitgliedschaft in der Gruppe „bluetooth“.</translation>
    </message>
    <message>
        <source>No heart-rate strap answered. A strap wakes up when it touches skin; moistening it a little helps.</source>
        <translation>Kein Brustgurt hat geantwortet. Ein Gurt wacht auf, wenn er die Haut berührt; etwas Feuchtigkeit hilft.</translation>
    </message>
    <message>
        <source>The heart-rate strap lost its connection for a moment; trying again.</source>
        <translation>Der Brustgurt hat kurz die Verbindung verloren; wir versuchen es erneut.</translation>
    </message>
    <message>
        <source>Heart-rate strap</source>
        <translation>Brustgurt</translation>
    </message>
</context>
<context>
    <name>HeartView</name>
    <message>
        <source>Heart rate while you breathe</source>
        <extracomment>The y range never shrinks below this many beats a minute, so small noise looks small. Segments of (seconds, heart rate); a new segment starts after each dropout. Paces in force, oldest first: (from, rate, inhale share, origin); rate 0 is a pause.</extracomment>
        <translation>Herzfrequenz, während du atmest</translation>
    </message>
    <message>
        <source>Many beats are unclear just now, so no number is shown.</source>
        <translation>Gerade sind viele Schläge unklar, deshalb wird keine Zahl gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n beats a minute of swing this breath</source>
        <translation>
            <numerusform>%n Schlag pro Minute Schwankung in diesem Atemzug</numerusform>
            <numerusform>%n Schläge pro Minute Schwankung in diesem Atemzug</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>You don&apos;t have to carry this alone</source>
        <extracomment>The application layer&apos;s rule for where a file may be written (never the data folder).</extracomment>
        <translation>Du musst das nicht allein tragen</translation>
    </message>
    <message>
        <source>Regulate is not a crisis service and nobody sees what you write here. If you might not be safe, please reach a person now.</source>
        <translation>Regulate ist kein Krisendienst, und niemand sieht, was du hier schreibst. Wenn du vielleicht nicht in Sicherheit bist, wende dich bitte jetzt an einen Menschen.</translation>
    </message>
    <message>
        <source>Your people</source>
        <translation>Deine Menschen</translation>
    </message>
    <message>
        <source>People you trust, your therapist or doctor. They are kept on this computer.</source>
        <translation>Menschen, denen du vertraust, auch aus Therapie oder Arztpraxis. Sie bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact {n}, name</source>
        <translation>Kontakt {n}, Name</translation>
    </message>
    <message>
        <source>Phone number or how to reach them</source>
        <translation>Telefonnummer oder wie du sie erreichst</translation>
    </message>
    <message>
        <source>Call {value}</source>
        <translation>Anrufen: {value}</translation>
    </message>
    <message>
        <source>Text {value}</source>
        <translation>SMS: {value}</translation>
    </message>
    <message>
        <source>Email {value}</source>
        <translation>E-Mail: {value}</translation>
    </message>
    <message>
        <source>Web {value}</source>
        <translation>Web: {value}</translation>
    </message>
    <message>
        <source>Write to {address} in your email program</source>
        <translation>Im E-Mail-Programm an {address} schreiben</translation>
    </message>
    <message>
        <source>Open {address} in your browser</source>
        <translation>{address} im Browser öffnen</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that come before it</source>
        <translation>Gedanken, Gefühle oder Situationen, die davor kommen</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Was ich selbst tun kann</translation>
    </message>
    <message>
        <source>Small things that take the edge off</source>
        <translation>Kleine Dinge, die etwas Druck nehmen</translation>
    </message>
    <message>
        <source>A café, a friend to chat with, a walk by the river</source>
        <translation>Ein Café, jemand zum Reden, ein Spaziergang am Fluss</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <source>Who you could tell that you are struggling</source>
        <translation>Wem du sagen könntest, dass es dir schlecht geht</translation>
    </message>
    <message>
        <source>Your therapist, doctor or a crisis team, with their numbers</source>
        <translation>Deine Therapeutin, dein Arzt oder ein Krisendienst, mit ihren Nummern</translation>
    </message>
    <message>
        <source>Making my surroundings safe</source>
        <translation>Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <source>What you could put away or give to someone to keep</source>
        <translation>Was du wegräumen oder jemandem zum Aufbewahren geben könntest</translation>
    </message>
    <message>
        <source>My reasons for living</source>
        <translation>Wofür ich lebe</translation>
    </message>
    <message>
        <source>People, animals, plans, anything that matters to you</source>
        <translation>Menschen, Tiere, Pläne, alles, was dir wichtig ist</translation>
    </message>
    <message>
        <source>Contact {n}, how to reach</source>
        <translation>Kontakt {n}, wie erreichbar</translation>
    </message>
    <message>
        <source>Your safety plan</source>
        <translation>Dein Plan für schwere Zeiten</translation>
    </message>
    <message>
        <source>Signs that a hard time is starting</source>
        <translation>Zeichen, dass eine schwere Zeit beginnt</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>Menschen und Orte, die mich auf andere Gedanken bringen</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Fachleute und Stellen, an die ich mich wenden kann</translation>
    </message>
    <message>
        <source>In your own words, for the hard moments. Fill in only what you want to. It is saved on this computer as you type.</source>
        <translation>In deinen eigenen Worten, für die schweren Momente. Füll nur aus, was du möchtest. Es wird beim Tippen auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Save my plan</source>
        <translation>Meinen Plan speichern</translation>
    </message>
    <message>
        <source>Save as a PDF to print</source>
        <translation>Als PDF zum Ausdrucken speichern</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>diese Seite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>Land ändern</translation>
    </message>
    <message>
        <source>Where are you? Choose your country so the numbers below are the right ones.</source>
        <translation>Wo bist du? Wähl dein Land, damit die Nummern unten die richtigen sind.</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Wähl dein Land</translation>
    </message>
    <message>
        <source>Use these numbers</source>
        <translation>Diese Nummern verwenden</translation>
    </message>
    <message>
        <source>Numbers for: we don&apos;t know where you are yet</source>
        <translation>Nummern für: Wir wissen noch nicht, wo du bist</translation>
    </message>
    <message>
        <source>Numbers for: {country}</source>
        <translation>Nummern für: {country}</translation>
    </message>
    <message>
        <source>In danger right now: call {number}.</source>
        <translation>Wenn du gerade in Gefahr bist: Ruf {number} an.</translation>
    </message>
    <message>
        <source>In danger right now: call your local emergency number.</source>
        <translation>Wenn du gerade in Gefahr bist: Ruf den Notruf an.</translation>
    </message>
    <message>
        <source>Anywhere in the world:</source>
        <translation>Überall auf der Welt:</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Dein Land</translation>
    </message>
    <message>
        <source>One small step for right now: keep your eyes open, press your feet into the floor, and name three things you can see.</source>
        <translation>Ein kleiner Schritt für jetzt: Lass die Augen offen, drück die Füße in den Boden und nenne drei Dinge, die du siehst.</translation>
    </message>
    <message>
        <source>Open 5-4-3-2-1 senses</source>
        <translation>„5-4-3-2-1 mit allen Sinnen“ öffnen</translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation>Auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Your plan is saved on this computer.</source>
        <translation>Dein Plan ist auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Save your safety plan as a PDF</source>
        <translation>Deinen Sicherheitsplan als PDF speichern</translation>
    </message>
    <message>
        <source>my-safety-plan.pdf</source>
        <translation>mein-sicherheitsplan.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF: {why}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <source>Saved the PDF. You can print it from there.</source>
        <translation>Das PDF ist gespeichert. Von dort kannst du es ausdrucken.</translation>
    </message>
    <message>
        <source>Last checked {date}. Sources: {sources}.</source>
        <translation>Zuletzt geprüft am {date}. Quellen: {sources}.</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Breathe now</source>
        <translation>Jetzt atmen</translation>
    </message>
    <message>
        <source>Starts your usual breathing pattern straight away. You can change it there.</source>
        <translation>Startet gleich dein gewohntes Atemmuster. Dort kannst du es auch wechseln.</translation>
    </message>
    <message>
        <source>Ground yourself</source>
        <translation>Dich erden</translation>
    </message>
    <message>
        <source>Simple steps that bring you back to the here and now, through your senses and your body.</source>
        <translation>Einfache Schritte, die dich über deine Sinne und deinen Körper ins Hier und Jetzt zurückholen.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Place yourself on your window of tolerance and see what might help.</source>
        <translation>Schau, wo du gerade in deinem Toleranzfenster stehst und was dir helfen könnte.</translation>
    </message>
    <message>
        <source>Your days</source>
        <translation>Deine Tage</translation>
    </message>
    <message>
        <source>A chart of your check-ins against your window, and what helps you most.</source>
        <translation>Deine Check-ins im Verlauf, neben deinem Fenster, und was dir am meisten hilft.</translation>
    </message>
    <message>
        <source>the ways in</source>
        <extracomment>The button that opened the screen now on show: back home, the focus returns to it.</extracomment>
        <translation>die Wege, die du wählen kannst</translation>
    </message>
    <message>
        <source>Hello. Take your time.</source>
        <translation>Hallo. Lass dir Zeit.</translation>
    </message>
    <message>
        <source>Nothing here is urgent. Pick whatever feels easiest right now.</source>
        <translation>Hier ist nichts dringend. Nimm, was sich gerade am leichtesten anfühlt.</translation>
    </message>
    <message>
        <source>Regulate is a practice tool to use alongside care, not a medical device. Everything you write stays on this computer.</source>
        <translation>Regulate ist ein Übungswerkzeug, das die Hilfe von Fachleuten ergänzt. Es ist kein Medizinprodukt. Alles, was du schreibst, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe finden</translation>
    </message>
    <message>
        <source>People you can reach now, and your own safety plan</source>
        <translation>Menschen, die du jetzt erreichen kannst, und dein eigener Plan für schwere Zeiten</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Vorführmodus</translation>
    </message>
    <message>
        <source>Full screen for showing exercises; nothing is saved</source>
        <translation>Vollbild zum Zeigen von Übungen; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About Regulate</source>
        <translation>Über Regulate</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Pfeil nach oben</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Pfeil nach links oder Bild nach oben</translation>
    </message>
    <message>
        <source>Right arrow, Page Down or Space</source>
        <translation>Pfeil nach rechts, Bild nach unten oder Leertaste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your journal could not be read: {why}</source>
        <translation>Dein Tagebuch konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>This session could not be saved: {why}</source>
        <extracomment>Get help, from every screen of the main window.</extracomment>
        <translation>Diese Übung ließ sich nicht speichern: {why}</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {why}</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <source>Something went wrong inside Regulate and was noted in its log. What you saved is safe.</source>
        <extracomment>For benchmarks and smoke tests: print the wall-clock time of the first frame, then quit.</extracomment>
        <translation>In Regulate ist etwas schiefgegangen. Es wurde im Protokoll notiert. Was du gespeichert hast, ist sicher.</translation>
    </message>
    <message>
        <source>Regulate</source>
        <translation>Regulate</translation>
    </message>
    <message>
        <source>The heartbeats could not be saved: {why}</source>
        <translation>Die Herzschläge konnten nicht gespeichert werden: {why}</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>awful</source>
        <translation>furchtbar</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>meh</source>
        <translation>geht so</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>great</source>
        <translation>super</translation>
    </message>
</context>
<context>
    <name>OwnPattern</name>
    <message>
        <source>Your own breathing pattern</source>
        <translation>Dein eigenes Atemmuster</translation>
    </message>
    <message>
        <source>Which pattern</source>
        <extracomment>The pattern saved (or None): the caller starts it. Ids of patterns removed here.</extracomment>
        <translation>Welches Muster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Breathe in (seconds)</source>
        <translation>Einatmen (Sekunden)</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Halten (Sekunden)</translation>
    </message>
    <message>
        <source>Breathe out (seconds)</source>
        <translation>Ausatmen (Sekunden)</translation>
    </message>
    <message>
        <source>Rest (seconds)</source>
        <translation>Ruhen (Sekunden)</translation>
    </message>
    <message>
        <source>About this pattern</source>
        <translation>Über dieses Muster</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Speichern und atmen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A new pattern</source>
        <translation>Ein neues Muster</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute.</source>
        <translation>{bpm} Atemzüge pro Minute.</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>Left and right tapping rhythm</source>
        <translation>Klopfrhythmus links und rechts</translation>
    </message>
    <message>
        <source>Tapping pace</source>
        <translation>Klopftempo</translation>
    </message>
    <message>
        <source>Soft taps left and right</source>
        <translation>Sanfte Klopftöne links und rechts</translation>
    </message>
    <message>
        <source>A gentle rhythm to soothe yourself. It is not EMDR therapy.</source>
        <translation>Ein sanfter Rhythmus, um dich zu beruhigen. Es ist keine EMDR-Therapie.</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Quicker</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>1 tap a second</source>
        <translation>1 Klopfer pro Sekunde</translation>
    </message>
    <message>
        <source>{rate} taps a second</source>
        <translation>{rate} Klopfer pro Sekunde</translation>
    </message>
    <message>
        <source>No sound output was found</source>
        <translation>Keine Tonausgabe gefunden</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Choose an exercise</source>
        <extracomment>With one screen, the controls go this long after the mouse last moved. Below this width the picker is one scrolling column.</extracomment>
        <translation>Wähl eine Übung</translation>
    </message>
    <message>
        <source>Esc leaves presenter mode. Nothing here is saved.</source>
        <translation>Mit Esc verlässt du den Vorführmodus. Hier wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>Erden</translation>
    </message>
    <message>
        <source>the exercises</source>
        <translation>die Übungen</translation>
    </message>
    <message>
        <source>Pace and glide</source>
        <extracomment>The exercises&apos; own keys (breathing: pause, pace, glide, tones, stillness...; grounding: next, back, timer; both: Esc). Any other key, Tab above all, brings the controls to the keyboard. Keys that are only part of another (or a screen reader&apos;s own): they never move the focus.</extracomment>
        <translation>Tempo und Gleiten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Quicker</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Glide slower (G)</source>
        <translation>Langsamer gleiten (G)</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Choose another exercise</source>
        <translation>Andere Übung wählen</translation>
    </message>
    <message>
        <source>Glide this many breaths a minute slower</source>
        <translation>Um so viele Atemzüge pro Minute langsamer gleiten</translation>
    </message>
    <message>
        <source>G glides</source>
        <translation>G gleitet</translation>
    </message>
    <message>
        <source>breaths a minute slower, over</source>
        <translation>Atemzüge pro Minute langsamer, über</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>gliding to {bpm} — {time} left</source>
        <translation>gleitet zu {bpm} – noch {time}</translation>
    </message>
    <message>
        <source>Regulate, presenter mode</source>
        <translation>Regulate, Vorführmodus</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>Die Übung</translation>
    </message>
    <message>
        <source>Tab shows the controls.</source>
        <translation>Mit der Tabulatortaste erscheinen die Bedienelemente.</translation>
    </message>
    <message>
        <source>Presenter controls</source>
        <extracomment>The therapist&apos;s controls: over the exercise (one screen) or in their own window. The controls were brought by a key: they stay while the focus is in them.</extracomment>
        <translation>Steuerung für den Präsentationsmodus</translation>
    </message>
    <message>
        <source>Glide over minutes</source>
        <translation>Sanfter Wechsel über Minuten</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>My Regulate summary</source>
        <extracomment>Set to 1 to lay the interface out right to left whatever the language (a pseudo-locale for trying and testing the mirrored layout with the English text).</extracomment>
        <translation>Meine Zusammenfassung aus Regulate</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <source>Time within my window</source>
        <translation>Zeit in meinem Fenster</translation>
    </message>
    <message>
        <source>No check-ins with activation.</source>
        <translation>Keine Check-ins mit Aktivierung.</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Was mir hilft</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Übungen.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>The last month</source>
        <extracomment>The periods the app offers for a summary, shortest first.</extracomment>
        <translation>Der letzte Monat</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>mostly below my window</source>
        <extracomment>The outline of a day without check-ins, printed on white.</extracomment>
        <translation>meist unter meinem Fenster</translation>
    </message>
    <message>
        <source>mostly within it</source>
        <translation>meist darin</translation>
    </message>
    <message>
        <source>mostly above it</source>
        <translation>meist darüber</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>keine Check-ins</translation>
    </message>
    <message>
        <source>With an activation rating</source>
        <translation>Mit einer Angabe zur Aktivierung</translation>
    </message>
    <message>
        <source>Mean mood (1 to 5)</source>
        <translation>Mittlere Stimmung (1 bis 5)</translation>
    </message>
    <message>
        <source>no entries yet</source>
        <translation>noch keine Einträge</translation>
    </message>
    <message>
        <source>Chart of my check-ins from {period}</source>
        <translation>Diagramm meiner Check-ins im Zeitraum {period}</translation>
    </message>
    <message>
        <source>The chart shows {period}, day by day.</source>
        <translation>Das Diagramm zeigt den Zeitraum {period}, Tag für Tag.</translation>
    </message>
    <message>
        <source>The shaded band is my window of tolerance; the points are how activated I felt each day (0 shut down, 10 overwhelmed), a bar the day&apos;s range; mood (1 to 5) is in its own panel below.</source>
        <translation>Das schattierte Band ist mein Toleranzfenster; die Punkte zeigen, wie aktiviert ich mich an jedem Tag fühlte (0 abgeschaltet, 10 überwältigt), ein Balken die Spanne des Tages; die Stimmung (1 bis 5) steht darunter in einem eigenen Feld.</translation>
    </message>
    <message>
        <source>The points are my mood each day, from awful (1) to great (5), a bar the day&apos;s range.</source>
        <translation>Die Punkte zeigen meine Stimmung an jedem Tag, von furchtbar (1) bis super (5), ein Balken die Spanne des Tages.</translation>
    </message>
    <message>
        <source>My check-ins against my window</source>
        <translation>Meine Check-ins und mein Fenster</translation>
    </message>
    <message>
        <source>These are shares of check-ins, not of time: I often check in when things are hard.</source>
        <translation>Das sind Anteile der Check-ins, nicht der Zeit: Ich checke oft ein, wenn es schwer ist.</translation>
    </message>
    <message>
        <source>Severe check-ins (activation 0 or 10, or distress 8 or more): {n}.</source>
        <translation>Schwere Check-ins (Aktivierung 0 oder 10 oder Belastung 8 und mehr): {n}.</translation>
    </message>
    <message>
        <source>My window over this period:</source>
        <translation>Mein Fenster in diesem Zeitraum:</translation>
    </message>
    <message>
        <source>{low} to {high}, from {date}</source>
        <translation>{low} bis {high}, ab {date}</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Darunter</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Darin</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Darüber</translation>
    </message>
    <message>
        <source>Mean distress</source>
        <translation>Mittlere Belastung</translation>
    </message>
    <message>
        <source>Check-ins counts every check-in of the month. Below, within and above count only those with an activation rating, by my window then.</source>
        <translation>Unter Check-ins steht jeder Check-in des Monats. Darunter, darin und darüber zählen nur die mit einer Angabe zur Aktivierung, gemessen an meinem damaligen Fenster.</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>Mittel vorher</translation>
    </message>
    <message>
        <source>Mean after</source>
        <translation>Mittel nachher</translation>
    </message>
    <message>
        <source>{c} ({low} to {high})</source>
        <translation>{c} ({low} bis {high})</translation>
    </message>
    <message>
        <source>My days from {period}, one square a day, coloured by that day&apos;s mood: purple for hard days, grey for middling ones, green for good ones. Squares left white are days without check-ins.</source>
        <translation>Meine Tage im Zeitraum {period}, ein Quadrat pro Tag, gefärbt nach der Stimmung des Tages: violett für schwere Tage, grau für mittlere, grün für gute. Weiß gelassene Quadrate sind Tage ohne Check-ins.</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins on %n days; mood on average {mood}.</source>
        <translation>
            <numerusform>Check-ins an %n Tag; Stimmung im Durchschnitt {mood}.</numerusform>
            <numerusform>Check-ins an %n Tagen; Stimmung im Durchschnitt {mood}.</numerusform>
        </translation>
    </message>
    <message>
        <source>So are days whose check-ins have no mood rating.</source>
        <translation>Ebenso Tage, deren Check-ins keine Angabe zur Stimmung haben.</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins on %n days: mostly within my window on {within}, above it on {above}, below it on {below}.</source>
        <translation>
            <numerusform>Check-ins an %n Tag: meist in meinem Fenster an {within}, darüber an {above}, darunter an {below}.</numerusform>
            <numerusform>Check-ins an %n Tagen: meist in meinem Fenster an {within}, darüber an {above}, darunter an {below}.</numerusform>
        </translation>
    </message>
    <message>
        <source>My days from {period}, one square a day, coloured by where most of that day&apos;s check-ins sat: blue (marked with a point down) below my window, green within it, orange (marked with a point up) above it. Squares left white are days without check-ins.</source>
        <translation>Meine Tage im Zeitraum {period}, ein Quadrat pro Tag, gefärbt danach, wo die meisten Check-ins des Tages lagen: blau (mit einer Spitze nach unten) unter meinem Fenster, grün darin, orange (mit einer Spitze nach oben) darüber. Weiß gelassene Quadrate sind Tage ohne Check-ins.</translation>
    </message>
    <message>
        <source>Distress 0 to 10, before and after, averaged over the sessions I rated. The likely range is where the real change most probably lies (a 95 % interval); it is wide when there are few sessions. Sorted by how many sessions there are.</source>
        <translation>Belastung 0 bis 10, vorher und nachher, gemittelt über die Übungen, die ich bewertet habe. Im wahrscheinlichen Bereich liegt die tatsächliche Änderung sehr wahrscheinlich (ein 95-%-Intervall); bei wenigen Übungen ist er breit. Sortiert danach, wie viele Übungen es gibt.</translation>
    </message>
    <message>
        <source>Change (likely range)</source>
        <translation>Änderung (wahrscheinlicher Bereich)</translation>
    </message>
    <message>
        <source>So are days whose check-ins have only a mood rating.</source>
        <translation>Ebenso Tage, deren Check-ins nur eine Angabe zur Stimmung haben.</translation>
    </message>
    <message>
        <source>Days outside this period are left blank.</source>
        <translation>Tage außerhalb dieses Zeitraums bleiben leer.</translation>
    </message>
    <message>
        <source>My days at a glance</source>
        <translation>Meine Tage auf einen Blick</translation>
    </message>
    <message>
        <source>Calendar of my days in {year}</source>
        <translation>Kalender meiner Tage im Jahr {year}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>{checkins} and {sessions}.</source>
        <translation>{checkins} und {sessions}.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing or grounding sessions</source>
        <translation>
            <numerusform>%n Atem- oder Erdungsübung</numerusform>
            <numerusform>%n Atem- oder Erdungsübungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n check-ins with an activation rating, {below} % were below my window, {within} % within it and {above} % above it.</source>
        <translation>
            <numerusform>Von %n Check-in mit Aktivierung lagen {below} % unter meinem Fenster, {within} % darin und {above} % darüber.</numerusform>
            <numerusform>Von %n Check-ins mit Aktivierung lagen {below} % unter meinem Fenster, {within} % darin und {above} % darüber.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Pattern or exercise</source>
        <translation>Atemmuster oder Übung</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Made with Regulate {version}, a self-help practice tool. It is not a medical device and these numbers are my own ratings, not a diagnosis.</source>
        <translation>Erstellt mit Regulate {version}, einem Übungswerkzeug zur Selbsthilfe. Es ist kein Medizinprodukt. Die Zahlen sind meine eigenen Einschätzungen, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>Resonance</name>
    <message>
        <source>About {share} % of the beats in this recording needed correcting: too many to trust the numbers. A snug strap, slightly moistened, usually helps; you are welcome to try again another time.</source>
        <extracomment>How long a pace waits for its first heartbeat before it begins anyway (seconds). The shape of each breath (4 in, 6 out); the schedule sets the pace.</extracomment>
        <translation>Etwa {share} % der Schläge in dieser Aufnahme mussten korrigiert werden: zu viele, um den Zahlen zu trauen. Ein eng sitzender, leicht angefeuchteter Gurt hilft meistens; versuch es gern ein andermal wieder.</translation>
    </message>
    <message>
        <source>This recording was too short or too patchy to compare the paces. Two calm minutes at each pace are enough to try again.</source>
        <translation>Diese Aufnahme war zu kurz oder zu lückenhaft, um die Tempi zu vergleichen. Zwei ruhige Minuten je Tempo reichen für einen neuen Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>At {rate} breaths a minute your heart rate rose and fell most closely with your breath, by about %n beats a minute each breath. That makes it a good pace for you to practise at; it can shift a little over time, so checking again now and then is worthwhile.</source>
        <translation>
            <numerusform>Bei {rate} Atemzügen pro Minute stieg und fiel dein Puls am deutlichsten mit deinem Atem, um etwa %n Schlag pro Minute je Atemzug. Das ist ein gutes Tempo zum Üben; es kann sich mit der Zeit etwas verschieben, darum lohnt es sich, ab und zu wieder nachzusehen.</numerusform>
            <numerusform>Bei {rate} Atemzügen pro Minute stieg und fiel dein Puls am deutlichsten mit deinem Atem, um etwa %n Schläge pro Minute je Atemzug. Das ist ein gutes Tempo zum Üben; es kann sich mit der Zeit etwas verschieben, darum lohnt es sich, ab und zu wieder nachzusehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the assessment</source>
        <extracomment>The person left (Back, or Esc at the start or the end). The chosen pace was kept as their own pattern.</extracomment>
        <translation>Die Messung beenden</translation>
    </message>
    <message>
        <source>Find your resonance pace</source>
        <translation>Dein Resonanztempo finden</translation>
    </message>
    <message>
        <source>You will breathe with the shape at {paces}, {minutes} each, while the strap follows your heart. Between paces you can rest as long as you like. Breathe gently, never deeply; if you feel light-headed, stop and breathe normally.</source>
        <translation>Du atmest mit der Form in {paces}, je {minutes}, während der Gurt deinem Herzen folgt. Zwischen den Tempi kannst du so lange ausruhen, wie du magst. Atme sanft, nie tief; wenn dir schwindlig wird, hör auf und atme wie gewohnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n slow paces</source>
        <translation>
            <numerusform>%n langsamen Tempo</numerusform>
            <numerusform>%n langsamen Tempi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next pace</source>
        <translation>Nächstes Tempo</translation>
    </message>
    <message>
        <source>Pace {n} of {count}: {rate} breaths a minute</source>
        <translation>Tempo {n} von {count}: {rate} Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>That pace is done. Breathe however you like for a while; when you are ready, the next one is {rate} breaths a minute.</source>
        <translation>Dieses Tempo ist geschafft. Atme eine Weile, wie es dir guttut; wenn du bereit bist, kommt als Nächstes {rate} Atemzüge pro Minute.</translation>
    </message>
    <message>
        <source>Your paces</source>
        <translation>Deine Tempi</translation>
    </message>
    <message>
        <source>Breaths a minute</source>
        <translation>Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Schwankung (Schläge pro Minute)</translation>
    </message>
    <message>
        <source>Low-frequency power (ms²)</source>
        <translation>Niederfrequente Leistung (ms²)</translation>
    </message>
    <message>
        <source>Heart follows breath (phase)</source>
        <translation>Herz folgt dem Atem (Phase)</translation>
    </message>
    <message>
        <source>Keep {rate} a minute as my resonance pattern</source>
        <translation>{rate} pro Minute als mein Resonanzmuster behalten</translation>
    </message>
    <message>
        <source>My resonance pace</source>
        <translation>Mein Resonanztempo</translation>
    </message>
    <message>
        <source>Kept as &apos;{name}&apos; ({bpm} breaths a minute), with your own patterns.</source>
        <translation>Als „{name}“ ({bpm} Atemzüge pro Minute) bei deinen eigenen Mustern gespeichert.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>1. Warning signs that a hard time is starting</source>
        <translation>1. Warnzeichen, dass eine schwere Zeit beginnt</translation>
    </message>
    <message>
        <source>2. Things I can do on my own</source>
        <translation>2. Was ich selbst tun kann</translation>
    </message>
    <message>
        <source>3. People and places that distract me</source>
        <translation>3. Menschen und Orte, die mich ablenken</translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation>4. Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <source>5. Professionals and services I can contact</source>
        <translation>5. Fachleute und Dienste, an die ich mich wenden kann</translation>
    </message>
    <message>
        <source>6. Making my surroundings safe</source>
        <translation>6. Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <source>My reasons for living</source>
        <translation>Wofür ich lebe</translation>
    </message>
    <message>
        <source>If I might not be safe</source>
        <translation>Wenn ich vielleicht nicht in Sicherheit bin</translation>
    </message>
    <message>
        <source>Emergency: {number}</source>
        <translation>Notruf: {number}</translation>
    </message>
    <message>
        <source>Made with Regulate {version}, following Stanley &amp; Brown&apos;s safety planning (2012). Numbers last checked {date}.</source>
        <translation>Erstellt mit Regulate {version}, nach der Sicherheitsplanung von Stanley &amp; Brown (2012). Nummern zuletzt geprüft am {date}.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Some of it could not be removed: {why}</source>
        <translation>Einiges ließ sich nicht entfernen: {why}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Done. Removed from this computer: {names}. Regulate starts afresh.</source>
        <translation>Erledigt. Von diesem Computer entfernt: {names}. Regulate fängt neu an.</translation>
    </message>
    <message>
        <source>Could not change the login entry: {why}</source>
        <translation>Der Start beim Anmelden ließ sich nicht ändern: {why}</translation>
    </message>
    <message>
        <source>Lower edge of my window</source>
        <translation>Untere Grenze meines Fensters</translation>
    </message>
    <message>
        <source>Upper edge of my window</source>
        <translation>Obere Grenze meines Fensters</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>on the 0 to 10 scale</source>
        <translation>auf der Skala von 0 bis 10</translation>
    </message>
    <message>
        <source>Your window of tolerance is the range of activation in which you can think and feel at the same time. Above it things feel like too much; below it you may feel numb or far away. Many people find it widens with practice, and you can change it whenever you like.</source>
        <translation>Dein Toleranzfenster ist der Bereich der Aktivierung, in dem du gleichzeitig denken und fühlen kannst. Darüber wird alles zu viel. Darunter fühlst du dich vielleicht taub oder weit weg. Viele merken, dass es mit Übung weiter wird. Du kannst es jederzeit ändern.</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Colours or text size changed: the whole app restyles at once, no restart.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your window</source>
        <translation>Dein Fenster</translation>
    </message>
    <message>
        <source>A gentle daily reminder</source>
        <translation>Eine sanfte tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Remind me to check in</source>
        <translation>Erinnere mich ans Einchecken</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Start quietly in the tray when I log in</source>
        <translation>Beim Anmelden leise in der Systemleiste starten</translation>
    </message>
    <message>
        <source>The reminder shows while Regulate or its tray icon is running, once a day.</source>
        <translation>Die Erinnerung erscheint einmal am Tag, solange Regulate oder sein Symbol in der Systemleiste läuft.</translation>
    </message>
    <message>
        <source>Look and sound</source>
        <translation>Aussehen und Klang</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Breathe now starts with</source>
        <translation>„Jetzt atmen“ beginnt mit</translation>
    </message>
    <message>
        <source>Soft tones while breathing</source>
        <translation>Sanfte Töne beim Atmen</translation>
    </message>
    <message>
        <source>Still view: no moving shapes</source>
        <translation>Ruhige Ansicht: keine bewegten Formen</translation>
    </message>
    <message>
        <source>Say each breathing phase to my screen reader</source>
        <translation>Jede Atemphase von meinem Screenreader ansagen lassen</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>This removes your journal, its backups, your settings, your safety plan and your own exercises from this computer. It can&apos;t be undone. Exports you saved elsewhere are not touched. To go ahead, type {word} below.</source>
        <translation>Das entfernt dein Tagebuch, seine Sicherungen, deine Einstellungen, deinen Plan für schwere Zeiten und deine eigenen Übungen von diesem Computer. Das lässt sich nicht rückgängig machen. Exporte, die du woanders gespeichert hast, bleiben, wie sie sind. Wenn du das wirklich willst, tipp unten {word} ein.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Tipp {word} ein, um zu bestätigen</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>die Einstellungen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>The language has changed.</source>
        <translation>Die Sprache ist umgestellt.</translation>
    </message>
</context>
<context>
    <name>SudsRow</name>
    <message>
        <source>{value} out of 10</source>
        <extracomment>The chosen number, or None for &quot;skip&quot;.</extracomment>
        <translation>{value} von 10</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Diese Frage überspringen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>A moment for you</source>
        <translation>Ein Moment für dich</translation>
    </message>
    <message>
        <source>Would you like to check in? It takes about fifteen seconds.</source>
        <translation>Möchtest du kurz einchecken? Es dauert etwa fünfzehn Sekunden.</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Jetzt atmen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Ground yourself</source>
        <translation>Dich erden</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe finden</translation>
    </message>
    <message>
        <source>Open Regulate</source>
        <translation>Regulate öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WindowDiagram</name>
    <message>
        <source>Too much</source>
        <translation>Zu viel</translation>
    </message>
    <message>
        <source>On edge: racing heart or thoughts, panic, anger</source>
        <translation>Angespannt: Herzrasen oder rasende Gedanken, Panik, Wut</translation>
    </message>
    <message>
        <source>Too little</source>
        <translation>Zu wenig</translation>
    </message>
    <message>
        <source>Shut down: numb, foggy, flat, far away</source>
        <translation>Abgeschaltet: taub, benebelt, leer, weit weg</translation>
    </message>
    <message>
        <source>In my window</source>
        <translation>In meinem Fenster</translation>
    </message>
    <message>
        <source>Settled enough to think and feel at the same time</source>
        <translation>Ruhig genug, um gleichzeitig zu denken und zu fühlen</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>noch nicht gesetzt</translation>
    </message>
    <message>
        <source>{n}, above your window</source>
        <translation>{n}, über deinem Fenster</translation>
    </message>
    <message>
        <source>{n}, below your window</source>
        <translation>{n}, unter deinem Fenster</translation>
    </message>
    <message>
        <source>{n}, in your window</source>
        <translation>{n}, in deinem Fenster</translation>
    </message>
    <message>
        <source>How activated you feel, 0 to 10: {value}</source>
        <translation>Wie aktiviert du dich fühlst, 0 bis 10: {value}</translation>
    </message>
    <message>
        <source>Not placed yet. Use the up and down arrow keys to place it.</source>
        <translation>Noch nicht gesetzt. Setz die Markierung mit den Pfeiltasten nach oben oder unten.</translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message>
        <source>above your window</source>
        <translation>über deinem Fenster</translation>
    </message>
    <message>
        <source>below your window</source>
        <translation>unter deinem Fenster</translation>
    </message>
    <message>
        <source>within your window</source>
        <translation>in deinem Fenster</translation>
    </message>
    <message>
        <source>{a} is above your window ({low} to {high}): the on-edge, too-much zone. Slowing your out-breath may help.</source>
        <translation>{a} liegt über deinem Fenster ({low} bis {high}): der angespannte Bereich, in dem alles zu viel ist. Langsamer ausatmen kann helfen.</translation>
    </message>
    <message>
        <source>{a} is below your window ({low} to {high}): the numb, far-away zone. Gently waking up your senses may help.</source>
        <translation>{a} liegt unter deinem Fenster ({low} bis {high}): der taube, weit entfernte Bereich. Deine Sinne sanft zu wecken kann helfen.</translation>
    </message>
    <message>
        <source>{a} is within your window ({low} to {high}): settled enough to think and feel.</source>
        <translation>{a} liegt in deinem Fenster ({low} bis {high}): ruhig genug, um zu denken und zu fühlen.</translation>
    </message>
    <message>
        <source>You rated it once; your distress went down by {c}.</source>
        <translation>Du hast es einmal bewertet; deine Belastung ist um {c} gesunken.</translation>
    </message>
    <message>
        <source>You rated it once; your distress went up by {c}.</source>
        <translation>Du hast es einmal bewertet; deine Belastung ist um {c} gestiegen.</translation>
    </message>
    <message>
        <source>You rated it once; your distress stayed the same.</source>
        <translation>Du hast es einmal bewertet; deine Belastung ist gleich geblieben.</translation>
    </message>
    <message numerus="yes">
        <source>You rated it %n times; on average your distress went down by {c}.</source>
        <translation>
            <numerusform>Du hast es einmal bewertet; deine Belastung ist um {c} gesunken.</numerusform>
            <numerusform>Du hast es %n-mal bewertet; im Schnitt ist deine Belastung um {c} gesunken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated it %n times; on average your distress went up by {c}.</source>
        <translation>
            <numerusform>Du hast es einmal bewertet; deine Belastung ist um {c} gestiegen.</numerusform>
            <numerusform>Du hast es %n-mal bewertet; im Schnitt ist deine Belastung um {c} gestiegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated it %n times; on average your distress stayed the same.</source>
        <translation>
            <numerusform>Du hast es einmal bewertet; deine Belastung ist gleich geblieben.</numerusform>
            <numerusform>Du hast es %n-mal bewertet; im Schnitt ist deine Belastung gleich geblieben.</numerusform>
        </translation>
    </message>
</context>
</TS>
