from desktop.settings import LAST_FILE, MAX_RECENT_FILES, RECENT_FILES, Settings


def test_defaults_in_a_new_data_folder(duban_home):
    settings = Settings()
    assert settings.path.parent == duban_home
    assert settings.get(RECENT_FILES) == []
    assert settings.get(LAST_FILE) == ""


def test_recent_files_most_recent_first_without_duplicates_and_bounded():
    settings = Settings()
    for number in range(MAX_RECENT_FILES + 3):
        settings.remember_file(f"/share/{number}.duban")
    settings.remember_file("/share/2.duban")
    settings.sync()
    again = Settings()
    recent = again.recent_files()
    assert recent[0] == "/share/2.duban"
    assert len(recent) == MAX_RECENT_FILES
    assert len(set(recent)) == len(recent)
    assert again.get(LAST_FILE) == "/share/2.duban"


def test_forget_file():
    settings = Settings()
    settings.remember_file("/share/a.duban")
    settings.remember_file("/share/b.duban")
    settings.forget_file("/share/b.duban")
    assert settings.recent_files() == ["/share/a.duban"]
    assert settings.get(LAST_FILE) == ""


def test_a_single_recent_file_reads_back_as_a_list():
    settings = Settings()
    settings.remember_file("/share/只有一个.duban")
    settings.sync()
    assert Settings().recent_files() == ["/share/只有一个.duban"]
